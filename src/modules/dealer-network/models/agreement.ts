import { model } from "@medusajs/framework/utils"
import { AGREEMENT_STATUSES, CONFLICT_POLICIES } from "../../../types/dealer-network"
import { PAYOUT_FORMS } from "../../../types/rewards"
import { Dealer } from "./dealer"

export const DealerAgreement = model
  .define("dealer_agreement", {
    id: model.id({ prefix: "dagr" }).primaryKey(),
    number: model.text().searchable(),
    version: model.number().default(1),
    status: model.enum([...AGREEMENT_STATUSES]).default("draft"),
    valid_from: model.dateTime(),
    valid_to: model.dateTime().nullable(),
    supersedes_id: model.text().nullable(),
    min_monthly_turnover: model.bigNumber().nullable(),
    min_annual_turnover: model.bigNumber().nullable(),
    /** Units (order lines' quantities) a month must reach, beside or instead of the turnover. */
    min_monthly_quantity: model.number().nullable(),
    interaction_rules: model.text().nullable(),
    price_list_id: model.text().nullable(),
    discount_percent: model.bigNumber().default(0),
    payment_terms_days: model.number().default(0),
    credit_limit: model.bigNumber().nullable(),
    min_order_amount: model.bigNumber().nullable(),
    restrict_to_assortment: model.boolean().default(false),
    /** Agreed prices per variant in the dealer's currency, with optional quantity tiers. */
    price_terms: model.json().nullable(),
    conflict_policy: model.enum([...CONFLICT_POLICIES]).default("manual_review"),
    split_share_percent: model.bigNumber().nullable(),
    support_commitments: model.json().nullable(),
    payout_form: model.enum([...PAYOUT_FORMS]).default("receivable_offset"),
    /** The reward programs (ids) the dealer takes part in under this agreement. */
    reward_program_ids: model.array().default([]),
    activated_at: model.dateTime().nullable(),
    terminated_at: model.dateTime().nullable(),
    termination_reason: model.text().nullable(),
    metadata: model.json().nullable(),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "agreements" }),
  })
  .indexes([
    {
      name: "IDX_dealer_agreement_number_version_unique",
      on: ["number", "version"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_dealer_agreement_status", on: ["status"], where: "deleted_at IS NULL" },
  ])
