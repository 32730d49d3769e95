import { Heading } from "@medusajs/ui"

export function PlanPage() {
  return <Heading>PlanPage</Heading>
}
