import { model } from "@medusajs/framework/utils"
import { MATERIAL_KINDS } from "../../../types/engagement"

/**
 * Promotional material the manufacturer ships from its marketing stock, priced
 * in marketing points. `stock` null = unlimited (a digital kit).
 */
export const Material = model
  .define("dealer_material", {
    id: model.id({ prefix: "dmat" }).primaryKey(),
    code: model.text().searchable(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    kind: model.enum([...MATERIAL_KINDS]),
    image_url: model.text().nullable(),
    points_price: model.bigNumber(),
    stock: model.number().nullable(),
    /** The tiers that may order it; empty = every dealer. */
    tier_ids: model.array().default([]),
    is_active: model.boolean().default(true),
  })
  .indexes([{ name: "IDX_dealer_material_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" }])
