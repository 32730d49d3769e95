// The demo's best-dealer rating: last month's leaderboard comes from the
// seeded orders, plans, receivables and events; this names its dealer of the
// month, as the daily job would on the 1st. Idempotent: a month recorded
// already is left as it is.
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { monthKeyOf, shiftMonth } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../../modules/engagement"
import type EngagementModuleService from "../../modules/engagement/service"
import { recordDealerOfPeriodWorkflow } from "../../workflows/engagement/workflows/record-dealer-of-period"

/** Records the dealer of last month; answers its award id, or null when nobody scored in it. */
export async function seedRating(container: MedusaContainer, now: Date): Promise<string | null> {
  const { timeZone } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  const period = shiftMonth(monthKeyOf(now, timeZone), -1)
  const engagement = container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const [existing] = await engagement.listDealerRatingAwards({ period_key: period }, { select: ["id"], take: 1 })
  if (existing) return existing.id
  try {
    const { result } = await recordDealerOfPeriodWorkflow(container).run({ input: { period, recorded_by: "demo" } })
    return result.id
  } catch (error) {
    // A month without any sales has no dealer of the month.
    if ((error as { type?: string })?.type === MedusaError.Types.NOT_ALLOWED) return null
    throw error
  }
}
