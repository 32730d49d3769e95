import { model } from "@medusajs/framework/utils"

/**
 * The ledger's running sum of contribution lines per dealer, period, currency
 * and focus key ("product:<id>", "category:<id>" for each category of a line),
 * amount and units, kept like the contribution totals.
 */
export const FocusTotal = model
  .define("dealer_focus_total", {
    id: model.id({ prefix: "dftot" }).primaryKey(),
    dealer_id: model.text(),
    period_key: model.text(),
    currency_code: model.text(),
    focus_key: model.text(),
    amount: model.bigNumber(),
    quantity: model.number().default(0),
  })
  .indexes([
    {
      name: "IDX_dealer_focus_total_unique",
      on: ["dealer_id", "period_key", "focus_key", "currency_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
