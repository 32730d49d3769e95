import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"

export const DealerTier = model
  .define("dealer_tier", {
    id: model.id({ prefix: "dtier" }).primaryKey(),
    name: model.text().searchable(),
    rank: model.number(),
    min_turnover: model.bigNumber().default(0),
    window_months: model.number().default(12),
    discount_percent: model.bigNumber().default(0),
    benefits: model.json().nullable(),
    description: model.text().nullable(),
    dealers: model.hasMany(() => Dealer, { mappedBy: "tier" }),
  })
  .indexes([
    { name: "IDX_dealer_tier_rank_unique", on: ["rank"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_dealer_tier_name_unique", on: ["name"], unique: true, where: "deleted_at IS NULL" },
  ])
