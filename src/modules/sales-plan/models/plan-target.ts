import { model } from "@medusajs/framework/utils"
import { TARGET_METRICS, TARGET_TYPES } from "../../../types/sales-plan"
import { SalesPlan } from "./sales-plan"

/** A focus target inside a plan: sell this much (amount or quantity) of a product or category. */
export const PlanTarget = model
  .define("dealer_plan_target", {
    id: model.id({ prefix: "dptgt" }).primaryKey(),
    target_type: model.enum([...TARGET_TYPES]),
    target_id: model.text(),
    metric: model.enum([...TARGET_METRICS]),
    target_value: model.bigNumber(),
    label: model.text().nullable(),
    plan: model.belongsTo(() => SalesPlan, { mappedBy: "targets" }),
  })
  .indexes([
    {
      name: "IDX_dealer_plan_target_unique",
      on: ["plan_id", "target_type", "target_id", "metric"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
