import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../../lib/amounts"

export const createPayoutPromotionStepId = "dealer-network-create-payout-promotion"

export type CreatePayoutPromotionInput = {
  payout_id: string
  dealer_code: string
  customer_group_id: string
  amount: string
  currency_code: string
  /** "YYYY-MM" the discount is for, and that month's first and last instant in the plugin's time zone. */
  month: string
  starts_at: string
  ends_at: string
}

/** The code of a payout's discount: DN-<dealer code>-<YYYY-MM>-<end of the payout id>. */
export const payoutPromotionCode = (input: Pick<CreatePayoutPromotionInput, "payout_id" | "dealer_code" | "month">) =>
  `DN-${input.dealer_code}-${input.month}-${input.payout_id.slice(-6)}`.toUpperCase().replace(/[^A-Z0-9-]/g, "")

/**
 * A next-period discount: a promotion code with a fixed amount off the order in
 * the dealer's currency, usable only by the dealer's customer group, in a
 * campaign running through the next calendar month whose spend budget is the
 * amount, so the value cannot be spent twice. Undo deletes both.
 */
export const createPayoutPromotionStep = createStep(
  createPayoutPromotionStepId,
  async (input: CreatePayoutPromotionInput, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const code = payoutPromotionCode(input)
    const [campaign] = await promotions.createCampaigns([
      {
        name: `Dealer ${input.dealer_code} reward payout ${input.month}`,
        description: `Reward payout ${input.payout_id} as a discount on ${input.month}'s orders`,
        campaign_identifier: code,
        starts_at: new Date(input.starts_at),
        ends_at: new Date(input.ends_at),
        budget: { type: "spend", limit: exactAmount(input.amount), currency_code: input.currency_code },
      },
    ])
    try {
      const [promotion] = await promotions.createPromotions([
        {
          code,
          type: "standard",
          status: "active",
          is_automatic: false,
          campaign_id: campaign.id,
          application_method: {
            type: "fixed",
            target_type: "order",
            allocation: "across",
            value: exactAmount(input.amount),
            currency_code: input.currency_code,
          },
          rules: [{ attribute: "customer.groups.id", operator: "in", values: [input.customer_group_id] }],
          metadata: { dealer_payout_id: input.payout_id },
        },
      ])
      const created = { promotion_id: promotion.id, campaign_id: campaign.id, code }
      return new StepResponse(created, created)
    } catch (error) {
      await promotions.deleteCampaigns([campaign.id])
      throw error
    }
  },
  async (created, { container }) => {
    if (!created) return
    const promotions = container.resolve(Modules.PROMOTION)
    await promotions.deletePromotions([created.promotion_id])
    await promotions.deleteCampaigns([created.campaign_id])
  }
)
