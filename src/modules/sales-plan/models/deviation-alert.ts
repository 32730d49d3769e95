import { model } from "@medusajs/framework/utils"
import { ALERT_KINDS, ALERT_STATUSES } from "../../../types/sales-plan"

/** A dealer falling behind: at most one per dealer, day and kind; cleared when it recovers. */
export const DeviationAlert = model
  .define("dealer_deviation_alert", {
    id: model.id({ prefix: "dalrt" }).primaryKey(),
    dealer_id: model.text(),
    period_key: model.text(),
    alert_date: model.text(),
    kind: model.enum([...ALERT_KINDS]),
    status: model.enum([...ALERT_STATUSES]).default("open"),
    figures: model.json(),
    message: model.text(),
    cleared_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      name: "IDX_dealer_deviation_alert_unique_day",
      on: ["dealer_id", "alert_date", "kind"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_dealer_deviation_alert_status", on: ["status"], where: "deleted_at IS NULL" },
  ])
