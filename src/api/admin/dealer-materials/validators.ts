import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { MATERIAL_KINDS } from "../../../types/engagement"
import { decimalAmount, findParams, id, idFilter, MAX_INTEGER, oneOrMany, wholeNumber } from "../../utils/validation-primitives"

const text = (max: number) => z.string().trim().min(1).max(max)

/** A catalogue entry's fields; its stock is set when it is created and adjusted after. */
const materialFields = {
  code: text(100),
  title: text(200),
  description: z.string().max(10_000).nullish(),
  kind: z.enum(MATERIAL_KINDS),
  image_url: z.url().max(2000).nullish(),
  /** Marketing points per unit. */
  points_price: decimalAmount(),
  is_active: z.boolean().optional(),
  /** The tiers that may order it; empty = every dealer. */
  tier_ids: z.array(id).max(100).optional(),
}

/** POST /admin/dealer-materials */
export const AdminCreateMaterial = z
  .object({ ...materialFields, stock: wholeNumber(0, MAX_INTEGER).nullish() })
  .strict()
export type AdminCreateMaterialType = z.infer<typeof AdminCreateMaterial>

/** POST /admin/dealer-materials/:id: catalogue fields (stock through …/stock). */
export const AdminUpdateMaterial = z.object(materialFields).partial().strict()
export type AdminUpdateMaterialType = z.infer<typeof AdminUpdateMaterial>

/** POST /admin/dealer-materials/:id/stock: add (or take away) units, or set the stock (null = unlimited). */
export const AdminAdjustMaterialStock = z
  .object({
    adjustment: wholeNumber(-MAX_INTEGER, MAX_INTEGER).optional(),
    stock: wholeNumber(0, MAX_INTEGER).nullable().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = ["adjustment", "stock"].filter((field) => (body as Record<string, unknown>)[field] !== undefined)
    if (given.length !== 1) ctx.addIssue({ code: "custom", path: ["adjustment"], message: "adjustment: send either adjustment or stock" })
  })
export type AdminAdjustMaterialStockType = z.infer<typeof AdminAdjustMaterialStock>

export const AdminGetMaterialParams = createSelectParams()

/** Filters of the catalogue (admin); the store's catalogue takes `kind`. */
export const materialFilters = { kind: oneOrMany(z.enum(MATERIAL_KINDS)).optional() }

/** GET /admin/dealer-materials */
export const AdminGetMaterialsParams = findParams({ limit: 20, order: "code" }).extend({
  q: z.string().max(200).optional(),
  id: idFilter.optional(),
  is_active: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean()).optional(),
  ...materialFilters,
})
