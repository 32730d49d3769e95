import { model } from "@medusajs/framework/utils"

/**
 * The ledger's running sum per dealer, period and currency: amount and order
 * count of every contribution, kept in the transaction that writes (or removes)
 * the contribution, so progress reads one row instead of a month of entries.
 */
export const ContributionTotal = model
  .define("dealer_contribution_total", {
    id: model.id({ prefix: "dctot" }).primaryKey(),
    dealer_id: model.text(),
    period_key: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    order_count: model.number().default(0),
  })
  .indexes([
    {
      name: "IDX_dealer_contribution_total_unique",
      on: ["dealer_id", "period_key", "currency_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    // A period's totals with their figures: the ranked list and the roll-ups read the index alone.
    {
      name: "IDX_dealer_contribution_total_period_figures",
      on: ["period_key", "dealer_id", "currency_code", "amount", "order_count"],
      where: "deleted_at IS NULL",
    },
  ])
