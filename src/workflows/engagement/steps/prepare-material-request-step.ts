import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AskedLine, mergeLines, pointsShortfall } from "../../../lib/material-points"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { MaterialRequestInput } from "../../../modules/engagement/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"

export const prepareMaterialRequestStepId = "dealer-network-prepare-material-request"

export type RequestMaterialsInput = {
  dealer_id: string
  lines: AskedLine[]
  note?: string | null
  /** The customer who orders (a member of the dealer). */
  requested_by?: string | null
}

/**
 * Checks that the dealer is active, that each material is offered to its
 * tier and in stock, and that its marketing points (in its currency) cover
 * the request; copies its address and the member's contact. A refusal names
 * the field and the figures.
 */
export const prepareMaterialRequestStep = createStep(
  prepareMaterialRequestStepId,
  async (input: RequestMaterialsInput, { container }): Promise<StepResponse<MaterialRequestInput>> => {
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const dealer = await network.retrieveDealer(input.dealer_id)
    if (dealer.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The dealer is ${dealer.status}; only active dealers order materials`)
    }
    const lines = mergeLines(input.lines)
    const tierId = dealer.tier_id ?? null
    const quote = await engagement.quoteMaterialRequest({ lines, tier_id: tierId })
    const currency = dealer.currency_code
    const balance =
      (await rewards.walletBalances(dealer.id)).find((b) => b.kind === "marketing_points" && b.currency_code === currency)?.balance ?? "0"
    const shortfall = pointsShortfall(quote.total_points, balance)
    if (shortfall) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortfall)
    const customer = input.requested_by ? await requester(container, input.requested_by) : null
    return new StepResponse({
      dealer_id: dealer.id,
      tier_id: tierId,
      currency_code: currency,
      lines,
      shipping_address: {
        company: dealer.legal_name ?? dealer.name,
        address_line: dealer.address_line ?? null,
        postal_code: dealer.postal_code ?? null,
        city: dealer.city ?? null,
        province: dealer.province ?? null,
        country_code: dealer.country_code ?? null,
      },
      contact: {
        name: [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || null,
        email: customer?.email ?? dealer.email ?? null,
        phone: customer?.phone ?? dealer.phone ?? null,
      },
      note: input.note ?? null,
      requested_by: input.requested_by ?? null,
    })
  }
)

async function requester(container: { resolve: (key: string) => any }, customerId: string) {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { take: 1 })
  return customer as { first_name?: string | null; last_name?: string | null; email?: string | null; phone?: string | null } | undefined
}
