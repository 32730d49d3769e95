import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"
import { DealerTerritory } from "./territory"
import { DealerZoneCategory } from "./zone-category"

export const DealerZone = model
  .define("dealer_zone", {
    id: model.id({ prefix: "dzone" }).primaryKey(),
    is_exclusive: model.boolean().default(false),
    starts_at: model.dateTime(),
    ends_at: model.dateTime().nullable(),
    note: model.text().nullable(),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "zones" }),
    territory: model.belongsTo(() => DealerTerritory, { mappedBy: "zones" }),
    categories: model.hasMany(() => DealerZoneCategory, { mappedBy: "zone" }),
  })
  .cascades({ delete: ["categories"] })
