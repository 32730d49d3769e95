import { model } from "@medusajs/framework/utils"

/** 12 monthly weights (percent, summing to 100) that split an annual target into months. */
export const SeasonalityProfile = model
  .define("dealer_seasonality_profile", {
    id: model.id({ prefix: "dseas" }).primaryKey(),
    name: model.text().searchable(),
    weights: model.json(),
    description: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_dealer_seasonality_profile_name_unique", on: ["name"], unique: true, where: "deleted_at IS NULL" },
  ])
