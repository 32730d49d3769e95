import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { exactAmount } from "../../../lib/amounts"
import type { PayoutPlan } from "./payout-common"

export const createPayoutRecordStepId = "dealer-network-create-payout-record"

/**
 * The payout, requested, for what will leave the wallet. Undo keeps it as
 * canceled (its wallet entries refer to it) and says it failed.
 */
export const createPayoutRecordStep = createStep(
  createPayoutRecordStepId,
  async (plan: PayoutPlan, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const details: Record<string, unknown> = { requested_amount: plan.requested_amount }
    if (plan.form === "receivable_offset") details.remainder = plan.remainder
    const payout = await rewards.createDealerPayouts({
      dealer_id: plan.dealer_id,
      form: plan.form,
      amount: exactAmount(plan.amount),
      currency_code: plan.currency_code,
      status: "requested",
      note: plan.note,
      details,
    })
    return new StepResponse({ id: payout.id }, { id: payout.id, details })
  },
  async (created, { container }) => {
    if (!created?.id) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.updateDealerPayouts({
      id: created.id,
      status: "canceled",
      details: { ...created.details, failed: true, canceled_because: "the payout failed and was undone" },
    })
  }
)
