import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { creditToMove, isEmptyCredit, negateCredit, netCredit } from "../../../lib/conflicts"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { ResolvedConflictCase } from "./resolve-conflict-cases-step"

export const reassignConflictCreditStepId = "dealer-network-reassign-conflict-credit"

/**
 * Moves plan credit as the resolution says: a negative `conflict_reassigned`
 * entry for the seller and a positive one for the zone owner, both with the
 * case as source and in the period of the original sale. What moves is the
 * seller's net credit for the order (all of it, or the split share; see
 * lib/conflicts.ts), leaving out earlier entries of this case, so re-running
 * records the same entries, which the ledger keeps once.
 */
export const reassignConflictCreditStep = createStep(
  reassignConflictCreditStepId,
  async (cases: ResolvedConflictCase[], { container }) => {
    const salesPlan: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const created: string[] = []
    const contributions: Record<string, unknown>[] = []
    try {
      for (const conflict of cases) {
        if (conflict.resolution === "keep_seller" || !conflict.zone_owner_dealer_id) continue
        const entries = await salesPlan.listDealerContributions(
          { order_id: conflict.order_id, dealer_id: conflict.seller_dealer_id },
          { relations: ["lines"], order: { created_at: "ASC" } }
        )
        const sale = entries.find((entry) => entry.cause === "order_placed") ?? entries[0]
        if (!sale) continue
        const sellerEntries = entries.filter(
          (entry) => !(entry.cause === "conflict_reassigned" && entry.source_id === conflict.id)
        )
        const moved = creditToMove(
          netCredit(sellerEntries.map(exactEntry)),
          conflict.resolution,
          conflict.split_share_percent
        )
        if (isEmptyCredit(moved)) continue
        const note = `Conflict ${conflict.id} (${conflict.kind}) resolved: ${conflict.resolution}`
        const common = {
          order_id: conflict.order_id,
          cause: "conflict_reassigned" as const,
          source_id: conflict.id,
          period_key: sale.period_key,
          occurred_at: new Date(),
          currency_code: sale.currency_code,
          note,
        }
        for (const [dealerId, credit] of [
          [conflict.seller_dealer_id, negateCredit(moved)],
          [conflict.zone_owner_dealer_id, moved],
        ] as const) {
          const { contribution, created: isNew } = await salesPlan.recordContribution({
            ...common,
            dealer_id: dealerId,
            ...credit,
          })
          if (isNew) created.push(contribution.id)
          contributions.push(contribution)
        }
      }
    } catch (error) {
      if (created.length) await salesPlan.deleteDealerContributions(created)
      throw error
    }
    return new StepResponse(contributions, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).deleteDealerContributions(created)
  }
)

/** A ledger entry with its money as exact decimal strings. */
function exactEntry(entry: Record<string, any>) {
  return {
    amount: entry.raw_amount?.value ?? entry.amount,
    order_count: entry.order_count,
    lines: (entry.lines ?? []).map((line: Record<string, any>) => ({
      product_id: line.product_id,
      variant_id: line.variant_id,
      category_ids: line.category_ids,
      quantity: line.quantity,
      amount: line.raw_amount?.value ?? line.amount,
    })),
  }
}
