import { Heading } from "@medusajs/ui"

export function CartPage() {
  return <Heading>CartPage</Heading>
}
