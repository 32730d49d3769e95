import type { MedusaContainer } from "@medusajs/framework/types"
import { ChangeActionType, MedusaError, Modules, OrderChangeType } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderCreditLinesWorkflow } from "@medusajs/medusa/core-flows"
import BigNumber from "bignumber.js"
import type { OffsetAllocation } from "../../../lib/receivable-offset"
import { PAYOUT_CREDIT_LINE_REFERENCE, PAYOUT_CREDIT_LINE_REVERSAL_REFERENCE } from "./payout-common"

export const applyPayoutCreditLinesStepId = "dealer-network-apply-payout-credit-lines"

export type AppliedCreditLine = OffsetAllocation & { credit_line_id: string | null }

/**
 * A receivable offset's effect: a credit line per unpaid order, oldest due
 * first, through Medusa's createOrderCreditLinesWorkflow (which refuses more
 * than the order's pending difference: an order paid off is credited exactly that). All or nothing: when an order refuses
 * its credit line, the ones given before are reversed and the payout fails
 * (its debit is then reversed too). Undo reverses every credit line given.
 */
export const applyPayoutCreditLinesStep = createStep(
  applyPayoutCreditLinesStepId,
  async (input: { payout_id: string; allocations: OffsetAllocation[] }, { container }) => {
    const applied: AppliedCreditLine[] = []
    for (const allocation of input.allocations) {
      try {
        const { result } = await createOrderCreditLinesWorkflow(container).run({
          input: {
            id: allocation.order_id,
            credit_lines: [
              { amount: allocation.credit_amount, reference: PAYOUT_CREDIT_LINE_REFERENCE, reference_id: input.payout_id },
            ],
          },
        })
        applied.push({ ...allocation, credit_line_id: result[0]?.id ?? null })
      } catch (error) {
        await reverseCreditLines(container, input.payout_id, applied)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Order #${allocation.display_id ?? allocation.order_id} did not take a credit line of ${new BigNumber(allocation.amount).toFixed(2)}: ${(error as Error).message}. Nothing was offset and the wallet is unchanged.`
        )
      }
    }
    return new StepResponse(applied, { payout_id: input.payout_id, applied })
  },
  async (data, { container }) => {
    if (!data?.applied?.length) return
    await reverseCreditLines(container, data.payout_id, data.applied)
  }
)

/**
 * Takes credit lines back with a credit line of the opposite amount on each
 * order (an order change confirmed like Medusa's own), so the order owes what
 * it owed before and its history keeps both. Medusa's workflow only takes
 * positive lines on an order that still owes, hence the order module here.
 */
async function reverseCreditLines(container: MedusaContainer, payoutId: string, applied: AppliedCreditLine[]) {
  const orders = container.resolve(Modules.ORDER)
  for (const line of [...applied].reverse()) {
    const change = await orders.createOrderChange({ order_id: line.order_id, change_type: OrderChangeType.CREDIT_LINE })
    await orders.addOrderAction({
      order_change_id: change.id,
      order_id: line.order_id,
      version: change.version,
      action: ChangeActionType.CREDIT_LINE_ADD,
      reference: PAYOUT_CREDIT_LINE_REVERSAL_REFERENCE,
      reference_id: payoutId,
      amount: new BigNumber(line.credit_amount).negated().toFixed(),
    })
    await orders.confirmOrderChange(change.id)
  }
}
