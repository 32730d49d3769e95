import { model } from "@medusajs/framework/utils"

/**
 * A dealer's plan and actual for one period in one row: the plan's figures,
 * kept by every plan write, and the ledger's totals over all currencies, kept
 * by the statements that keep the totals, each in its own transaction. The
 * ranked progress list reads a period's page from it in attainment order
 * (`attainment`, a stored generated column added by the migration, with its index).
 * A row exists while the dealer has a plan or ledger entries in the period.
 */
export const PeriodStanding = model
  .define("dealer_period_standing", {
    id: model.id({ prefix: "dpstd" }).primaryKey(),
    dealer_id: model.text(),
    period_key: model.text(),
    plan_id: model.text().nullable(),
    plan_currency_code: model.text().nullable(),
    target_amount: model.bigNumber().nullable(),
    target_order_count: model.number().nullable(),
    actual_amount: model.bigNumber(),
    actual_order_count: model.number().default(0),
    /** Whether the ledger has totals for the dealer and period (entries that may sum to zero). */
    credited: model.boolean().default(false),
  })
  .indexes([
    {
      name: "IDX_dealer_period_standing_unique",
      on: ["dealer_id", "period_key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    // A period's count, and whether a plan is too small for an expected amount (see rankPeriodProgress).
    {
      name: "IDX_dealer_period_standing_period_target",
      on: ["period_key", "target_amount"],
      where: "deleted_at IS NULL",
    },
  ])
