import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import type { PayoutStatus } from "../../../types/rewards"
import { loadPayout, PayoutRecord } from "./payout-common"

export const transitionPayoutStepId = "dealer-network-transition-payout"

export type PayoutTransition =
  | { id: string; to: "approved" }
  | { id: string; to: "paid"; reference: string }
  | { id: string; to: "canceled"; reason?: string | null }

/** The statuses a cash payout may move from, per target status. */
const FROM: Record<PayoutTransition["to"], PayoutStatus[]> = {
  approved: ["requested"],
  paid: ["exported"],
  canceled: ["requested", "approved", "exported"],
}

const WHAT: Record<PayoutTransition["to"], string> = {
  approved: "only a requested cash payout can be approved",
  paid: "only a cash payout exported to the bank can be marked paid",
  canceled: "only a cash payout that is not paid yet can be canceled",
}

/**
 * Moves a cash payout along requested → approved → exported → paid, or to
 * canceled before it is paid; anything else is refused with the payout's
 * status. Runs under the payout status lock. Undo puts the earlier status back.
 */
export const transitionPayoutStep = createStep(
  transitionPayoutStepId,
  async (input: PayoutTransition, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const payout = await loadPayout(container, input.id)
    if (payout.form !== "cash" || !FROM[input.to].includes(payout.status)) {
      const form = payout.form === "cash" ? "" : ` ${payout.form.replace(/_/g, " ")}`
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payout ${payout.id} is a ${payout.status}${form} payout; ${WHAT[input.to]}`
      )
    }
    const now = new Date()
    const update: {
      id: string
      status: PayoutStatus
      approved_at?: Date
      paid_at?: Date
      reference?: string | null
      details?: Record<string, unknown>
    } = { id: payout.id, status: input.to }
    if (input.to === "approved") update.approved_at = now
    if (input.to === "paid") Object.assign(update, { paid_at: now, reference: input.reference })
    if (input.to === "canceled") {
      update.details = { ...(payout.details ?? {}), canceled_from: payout.status, cancel_reason: input.reason ?? null }
    }
    await rewards.updateDealerPayouts(update)
    return new StepResponse(payout, payout)
  },
  async (before: PayoutRecord | undefined, { container }) => {
    if (!before) return
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    await rewards.updateDealerPayouts({
      id: before.id,
      status: before.status,
      approved_at: before.approved_at as Date | null,
      paid_at: before.paid_at as Date | null,
      reference: before.reference,
      details: before.details,
    })
  }
)
