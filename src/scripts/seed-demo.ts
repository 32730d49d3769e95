// `medusa exec ./src/scripts/seed-demo.ts`: the demo store and dealer network
// (run by `npm run demo`). Safe to run again: it does nothing once the demo exists.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemo } from "./demo/seed"

export { seedDemo }
export type { DemoSeedSummary } from "./demo/seed"

export default async function seedDemoScript({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const summary = await seedDemo(container)
  const { counts } = summary
  logger.info(
    summary.created || summary.sales_created
      ? `Demo seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`
      : "Demo network already exists; nothing seeded"
  )
  logger.info(
    `Demo: ${counts.dealers} partners (${counts.dealers_by_role.distributor} distributors, ` +
      `${counts.dealers_by_role.dealer} dealers, ${counts.dealers_by_role.sub_dealer} sub-dealers), ` +
      `${counts.members} members, ${counts.tiers} tiers, ${counts.territories} territories, ` +
      `${counts.zones} zones, ${counts.agreements} agreement versions, ${counts.applications} application(s), ` +
      `${counts.products} products`
  )
  const sales = summary.sales_counts
  logger.info(
    (summary.sales_created ? "Sales seeded: " : "Sales: ") +
      `${sales.plans} plans, ${sales.orders} orders, ${sales.contributions} ledger entries, ` +
      `${sales.conflict_cases} conflict case(s), ${sales.alerts} alert(s), ${sales.tier_changes} tier change(s)`
  )
}
