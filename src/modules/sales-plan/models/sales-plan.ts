import { model } from "@medusajs/framework/utils"
import { PlanTarget } from "./plan-target"

/** A dealer's target for one month ("YYYY-MM"): amount, order count and focus targets. */
export const SalesPlan = model
  .define("dealer_sales_plan", {
    id: model.id({ prefix: "dplan" }).primaryKey(),
    dealer_id: model.text(),
    period_key: model.text(),
    currency_code: model.text(),
    target_amount: model.bigNumber(),
    target_order_count: model.number().nullable(),
    note: model.text().nullable(),
    targets: model.hasMany(() => PlanTarget, { mappedBy: "plan" }),
  })
  .cascades({ delete: ["targets"] })
  .indexes([
    {
      name: "IDX_dealer_sales_plan_dealer_period_unique",
      on: ["dealer_id", "period_key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    // A period's plans with their figures: the ranked list and the roll-ups read the index alone.
    {
      name: "IDX_dealer_sales_plan_period_figures",
      on: ["period_key", "dealer_id", "currency_code", "target_amount", "target_order_count", "id"],
      where: "deleted_at IS NULL",
    },
  ])
