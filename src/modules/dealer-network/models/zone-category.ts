import { model } from "@medusajs/framework/utils"
import { DealerZone } from "./zone"

// The zone's assortment: a Medusa product category id (linked for Query in src/links).
export const DealerZoneCategory = model
  .define("dealer_zone_category", {
    id: model.id({ prefix: "dzcat" }).primaryKey(),
    product_category_id: model.text(),
    zone: model.belongsTo(() => DealerZone, { mappedBy: "categories" }),
  })
  .indexes([
    {
      name: "IDX_dealer_zone_category_unique",
      on: ["zone_id", "product_category_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
