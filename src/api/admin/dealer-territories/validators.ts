import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { TERRITORY_TYPES } from "../../../types/dealer-network"
import { countryCode, dayKey, findParams, id, idFilter, oneOrMany, periodKey } from "../../utils/validation-primitives"

export const AdminGetDealerTerritoryParams = createSelectParams()

export const AdminGetDealerTerritoriesParams = findParams({ limit: 50 }).extend({
  q: z.string().optional(),
  id: idFilter.optional(),
  type: oneOrMany(z.enum(TERRITORY_TYPES)).optional(),
  // parent_id=null lists the top-level territories.
  parent_id: idFilter.transform((value) => (value === "null" ? null : value)).optional(),
  country_code: oneOrMany(countryCode).optional(),
})

export const AdminMatchDealerTerritoryParams = createSelectParams().extend({
  country_code: z.string().length(2),
  province: z.string().max(120).optional(),
  postal_code: z.string().max(20).optional(),
})
export type AdminMatchDealerTerritoryType = z.infer<typeof AdminMatchDealerTerritoryParams>

const territoryCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "code: letters, digits, - and _ only")

const postalPrefixes = z
  .array(
    z
      .string()
      .trim()
      .max(20)
      .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "postal_prefixes: letters, digits, spaces and - only")
  )
  .max(1000)

const territoryFields = {
  name: z.string().trim().min(1).max(200),
  province: z.string().trim().max(120).nullish(),
  postal_prefixes: postalPrefixes.optional(),
}

export const AdminCreateDealerTerritory = z
  .object({
    code: territoryCode,
    ...territoryFields,
    type: z.enum(TERRITORY_TYPES),
    parent_id: id.nullish(),
    country_code: countryCode.optional(),
  })
  .strict()
export type AdminCreateDealerTerritoryType = z.infer<typeof AdminCreateDealerTerritory>

// The type is fixed once created. A move (parent_id) can make zones overlap: GET /admin/dealer-zones/overlaps lists them.
export const AdminUpdateDealerTerritory = z
  .object({
    code: territoryCode.optional(),
    ...territoryFields,
    name: territoryFields.name.optional(),
    parent_id: id.nullish(),
  })
  .strict()
export type AdminUpdateDealerTerritoryType = z.infer<typeof AdminUpdateDealerTerritory>

/** GET /admin/dealer-territories/:id/progress */
export const AdminGetTerritoryProgressParams = z
  .object({
    period: periodKey.optional(),
    as_of: dayKey.optional(),
  })
  .strict()
export type AdminGetTerritoryProgressParamsType = z.infer<typeof AdminGetTerritoryProgressParams>
