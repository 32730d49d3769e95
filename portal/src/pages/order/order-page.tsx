import { Heading } from "@medusajs/ui"

export function OrderPage() {
  return <Heading>OrderPage</Heading>
}
