import { Heading } from "@medusajs/ui"

export function SupportPage() {
  return <Heading>SupportPage</Heading>
}
