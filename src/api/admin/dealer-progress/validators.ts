import { z } from "@medusajs/framework/zod"
import { DEALER_ROLES } from "../../../modules/dealer-network/models/dealer"
import { periodKey } from "../dealer-plans/validators"
import { dayKey, id, idFilter, oneOrMany, pageParams } from "../../utils/validation-primitives"

/** GET /admin/dealer-progress */
export const AdminGetDealerProgressRankingParams = z
  .object({
    period: periodKey.optional(),
    as_of: dayKey.optional(),
    role: oneOrMany(z.enum(DEALER_ROLES)).optional(),
    tier_id: idFilter.optional(),
    parent_id: idFilter.optional(),
    territory_id: id.optional(),
    ...pageParams(20),
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
    ...pageParams(50),
  })
  .strict()
export type AdminGetDealerContributionsParamsType = z.infer<typeof AdminGetDealerContributionsParams>

export const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value]
