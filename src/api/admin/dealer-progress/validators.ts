import { z } from "@medusajs/framework/zod"
import { DEALER_ROLES } from "../../../modules/dealer-network/models/dealer"
import { periodKey } from "../dealer-plans/validators"

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)])

/** "YYYY-MM-DD", a real calendar day. */
export const dayKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD")
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
  }, "must be a real calendar day")

/** A whole number in a query string ("20"), within bounds. */
const queryInt = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z.number().int().min(min).max(max).default(fallback)
  )

const page = (limit: number) => ({
  limit: queryInt(1, 500, limit),
  offset: queryInt(0, Number.MAX_SAFE_INTEGER, 0),
})

/** GET /admin/dealer-progress */
export const AdminGetDealerProgressRankingParams = z
  .object({
    period: periodKey.optional(),
    as_of: dayKey.optional(),
    role: oneOrMany(z.enum(DEALER_ROLES)).optional(),
    tier_id: oneOrMany(z.string().min(1)).optional(),
    parent_id: oneOrMany(z.string().min(1)).optional(),
    territory_id: z.string().min(1).optional(),
    ...page(20),
  })
  .strict()
export type AdminGetDealerProgressRankingParamsType = z.infer<typeof AdminGetDealerProgressRankingParams>

/** GET /admin/dealer-territories/:id/progress */
export const AdminGetTerritoryProgressParams = z
  .object({
    period: periodKey.optional(),
    as_of: dayKey.optional(),
  })
  .strict()
export type AdminGetTerritoryProgressParamsType = z.infer<typeof AdminGetTerritoryProgressParams>

/** GET /admin/dealers/:id/contributions */
export const AdminGetDealerContributionsParams = z
  .object({
    period: periodKey.optional(),
    ...page(50),
  })
  .strict()
export type AdminGetDealerContributionsParamsType = z.infer<typeof AdminGetDealerContributionsParams>

export const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value]
