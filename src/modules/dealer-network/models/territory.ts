import { model } from "@medusajs/framework/utils"
import { TERRITORY_TYPES } from "../../../types/dealer-network"
import { DealerZone } from "./zone"

export const DealerTerritory = model
  .define("dealer_territory", {
    id: model.id({ prefix: "dterr" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    type: model.enum([...TERRITORY_TYPES]),
    country_code: model.text(),
    province: model.text().nullable(),
    postal_prefixes: model.array().default([]),
    depth: model.number().default(0),
    parent: model.belongsTo(() => DealerTerritory, { mappedBy: "children" }).nullable(),
    children: model.hasMany(() => DealerTerritory, { mappedBy: "parent" }),
    zones: model.hasMany(() => DealerZone, { mappedBy: "territory" }),
  })
  .indexes([
    { name: "IDX_dealer_territory_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_dealer_territory_country", on: ["country_code"], where: "deleted_at IS NULL" },
  ])
