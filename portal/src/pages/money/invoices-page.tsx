import { Heading } from "@medusajs/ui"

export function InvoicesPage() {
  return <Heading>InvoicesPage</Heading>
}
