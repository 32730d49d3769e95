import { z } from "@medusajs/framework/zod"
import { DEALER_ROLES } from "../../../types/dealer-network"
import { dayKey, id, idFilter, oneOrMany, pageParams, periodKey } from "../../utils/validation-primitives"

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

export const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value]
