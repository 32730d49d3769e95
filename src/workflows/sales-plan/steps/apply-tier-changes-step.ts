import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { PlannedTierChange } from "./prepare-tier-review-step"

export const applyTierChangesStepId = "dealer-network-apply-tier-changes"

/**
 * Moves each dealer to the tier the review chose and writes the change to the
 * tier history. A dealer pinned, or moved by someone else, since the review
 * read it is left alone. Undo puts the old tiers back and deletes the history.
 */
export const applyTierChangesStep = createStep(
  applyTierChangesStepId,
  async (changes: PlannedTierChange[], { container }) => {
    if (!changes.length) return new StepResponse([], { restore: [], history_ids: [] })
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const current = await network.listDealers(
      { id: changes.map((change) => change.dealer_id) },
      { select: ["id", "tier_id", "tier_pinned"] }
    )
    const now = new Map(current.map((dealer) => [dealer.id, dealer]))
    const apply = changes.filter((change) => {
      const dealer = now.get(change.dealer_id)
      return dealer && !dealer.tier_pinned && (dealer.tier_id ?? null) === change.from_tier_id
    })
    if (!apply.length) return new StepResponse([], { restore: [], history_ids: [] })
    await network.updateDealers(apply.map((change) => ({ id: change.dealer_id, tier_id: change.to_tier_id })))
    const history = await plans.createDealerTierChanges(apply)
    return new StepResponse(history, {
      restore: apply.map((change) => ({ id: change.dealer_id, tier_id: change.from_tier_id })),
      history_ids: history.map((entry) => entry.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    if (undo.restore.length) await network.updateDealers(undo.restore)
    if (undo.history_ids.length) await plans.deleteDealerTierChanges(undo.history_ids)
  }
)
