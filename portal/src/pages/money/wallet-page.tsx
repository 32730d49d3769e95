import { Heading } from "@medusajs/ui"

export function WalletPage() {
  return <Heading>WalletPage</Heading>
}
