import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { findParams, id, idFilter } from "../../utils/validation-primitives"

export const AdminGetDealerZoneParams = createSelectParams()

/** GET /admin/dealer-zones/overlaps takes no parameters. */
export const AdminGetDealerZoneOverlapsParams = z.object({}).strict()

export const AdminGetDealerZonesParams = findParams({ limit: 50 }).extend({
  id: idFilter.optional(),
  dealer_id: idFilter.optional(),
  territory_id: idFilter.optional(),
  is_exclusive: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
})

const productCategoryIds = z
  .array(id)
  .max(500)
  .transform((ids) => [...new Set(ids)])

const zoneFields = {
  territory_id: id,
  is_exclusive: z.boolean().optional(),
  starts_at: z.coerce.date(),
  ends_at: z.coerce.date().nullish(),
  note: z.string().max(2000).nullish(),
  product_category_ids: productCategoryIds.optional(),
}

const endsAfterStart = (
  zone: { starts_at?: Date; ends_at?: Date | null },
  ctx: z.RefinementCtx
) => {
  if (zone.starts_at && zone.ends_at && zone.ends_at <= zone.starts_at) {
    ctx.addIssue({
      code: "custom",
      path: ["ends_at"],
      message: "ends_at: must be after starts_at",
    })
  }
}

export const AdminCreateDealerZone = z
  .object({ dealer_id: id, ...zoneFields })
  .strict()
  .superRefine(endsAfterStart)
export type AdminCreateDealerZoneType = z.infer<typeof AdminCreateDealerZone>

// The dealer is fixed: a zone for another dealer is a new zone.
export const AdminUpdateDealerZone = z
  .object({
    ...zoneFields,
    territory_id: zoneFields.territory_id.optional(),
    starts_at: zoneFields.starts_at.optional(),
  })
  .strict()
  .superRefine(endsAfterStart)
export type AdminUpdateDealerZoneType = z.infer<typeof AdminUpdateDealerZone>
