import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyPayoutCreditLinesStep } from "../steps/apply-payout-credit-lines-step"
import { completePayoutStep } from "../steps/complete-payout-step"
import { createPayoutPromotionStep } from "../steps/create-payout-promotion-step"
import { createPayoutRecordStep } from "../steps/create-payout-record-step"
import { debitPayoutWalletStep } from "../steps/debit-payout-wallet-step"
import { payoutMovements, payoutWalletLockKey } from "../steps/payout-common"
import { CreatePayoutInput, preparePayoutStep } from "../steps/prepare-payout-step"

export const createPayoutWorkflowId = "dealer-network-create-payout"
export type { CreatePayoutInput }

/**
 * Turns wallet money into value, one payout of a dealer at a time (Locking
 * module; the rewards service also serialises the wallet writes):
 * - receivable_offset: credit lines on the unpaid orders, oldest due first,
 *   never more than each owes; only what they take leaves the wallet;
 * - marketing_points: money out, points in (× the program's points_per_unit,
 *   rounded down), in one wallet transaction;
 * - cash: money out now (reserved); the payout then goes through approval,
 *   the bank export and payment;
 * - next_period_discount: a promotion code for the dealer's customer group for
 *   next month, with a spend budget of the amount.
 * A failure after the debit writes its reversal (nothing is deleted) and
 * leaves the payout canceled.
 *
 * Hook `payoutCreated` ({ payout_id, dealer_id, form, status, amount,
 * requested_amount, currency_code }): after the payout is complete (a cash
 * payout: requested), inside the dealer's payout lock.
 */
export const createPayoutWorkflow = createWorkflow(createPayoutWorkflowId, (input: CreatePayoutInput) => {
  const lock = transform({ input }, ({ input }) => ({ key: payoutWalletLockKey(input.dealer_id), timeout: 30, ttl: 120 }))
  acquireLockStep(lock)

  const plan = preparePayoutStep(input)
  const payout = createPayoutRecordStep(plan)
  debitPayoutWalletStep(
    transform({ plan, payout }, ({ plan, payout }) =>
      payoutMovements({ ...plan, id: payout.id, points: plan.points })
    )
  )

  const creditLines = when("dealer-network-payout-offsets-receivables", { plan }, ({ plan }) => plan.form === "receivable_offset").then(
    () =>
      applyPayoutCreditLinesStep(
        transform({ plan, payout }, ({ plan, payout }) => ({ payout_id: payout.id, allocations: plan.allocations }))
      )
  )
  const promotion = when("dealer-network-payout-gives-discount", { plan }, ({ plan }) => plan.form === "next_period_discount").then(
    () =>
      createPayoutPromotionStep(
        transform({ plan, payout }, ({ plan, payout }) => ({
          payout_id: payout.id,
          dealer_code: plan.dealer_code,
          customer_group_id: plan.customer_group_id!,
          amount: plan.amount,
          currency_code: plan.currency_code,
          month: plan.discount_month!,
          starts_at: plan.starts_at!,
          ends_at: plan.ends_at!,
        }))
      )
  )

  const completion = transform({ plan, payout, creditLines, promotion }, ({ plan, payout, creditLines, promotion }) => {
    const details: Record<string, unknown> = { requested_amount: plan.requested_amount }
    if (plan.form === "receivable_offset") {
      Object.assign(details, {
        applied: plan.amount,
        remainder: plan.remainder,
        credit_lines: (creditLines ?? []).map((line) => ({
          order_id: line.order_id,
          display_id: line.display_id,
          amount: line.amount,
          credit_line_id: line.credit_line_id,
        })),
      })
    }
    if (plan.form === "marketing_points") {
      Object.assign(details, { program_id: plan.program_id, points_per_unit: plan.points_per_unit, points: plan.points })
    }
    if (plan.form === "next_period_discount" && promotion) {
      Object.assign(details, {
        promotion_id: promotion.promotion_id,
        campaign_id: promotion.campaign_id,
        code: promotion.code,
        valid_from: plan.starts_at,
        valid_to: plan.ends_at,
        month: plan.discount_month,
      })
    }
    return { id: payout.id, status: plan.form === "cash" ? ("requested" as const) : ("completed" as const), details }
  })
  const completed = completePayoutStep(completion)
  const created = createHook(
    "payoutCreated",
    transform({ plan, payout }, ({ plan, payout }) => ({
      payout_id: payout.id,
      dealer_id: plan.dealer_id,
      form: plan.form,
      status: plan.form === "cash" ? "requested" : "completed",
      amount: plan.amount,
      requested_amount: plan.requested_amount,
      currency_code: plan.currency_code,
    }))
  )

  releaseLockStep(transform({ input }, ({ input }) => ({ key: payoutWalletLockKey(input.dealer_id) })))
  return new WorkflowResponse(completed, { hooks: [created] })
})
