import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"
import { Territory } from "./territory"
import { ZoneCategory } from "./zone-category"

export const Zone = model
  .define("dealer_zone", {
    id: model.id({ prefix: "dzone" }).primaryKey(),
    is_exclusive: model.boolean().default(false),
    starts_at: model.dateTime(),
    ends_at: model.dateTime().nullable(),
    note: model.text().nullable(),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "zones" }),
    territory: model.belongsTo(() => Territory, { mappedBy: "zones" }),
    categories: model.hasMany(() => ZoneCategory, { mappedBy: "zone" }),
  })
  .cascades({ delete: ["categories"] })
