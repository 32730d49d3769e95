import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { CONFLICT_KINDS, CONFLICT_POLICIES, CONFLICT_RESOLUTIONS, CONFLICT_STATUSES } from "../../../types/dealer-network"
import { dayKey, findParams, idFilter, oneOrMany } from "../../utils/validation-primitives"

export const AdminGetDealerConflictParams = createSelectParams()

export const AdminGetDealerConflictsParams = findParams({ limit: 20, order: "-created_at" }).extend({
  id: idFilter.optional(),
  status: oneOrMany(z.enum(CONFLICT_STATUSES)).optional(),
  kind: oneOrMany(z.enum(CONFLICT_KINDS)).optional(),
  /** Cases where the dealer is either the seller or the zone owner. */
  dealer_id: idFilter.optional(),
  order_id: idFilter.optional(),
  policy: oneOrMany(z.enum(CONFLICT_POLICIES)).optional(),
  /** Cases opened on or after this day (in the plugin's time zone). */
  created_from: dayKey.optional(),
  /** Cases opened on or before this day (in the plugin's time zone). */
  created_to: dayKey.optional(),
})

export const AdminResolveDealerConflict = z
  .object({
    resolution: z.enum(CONFLICT_RESOLUTIONS),
    /** For a split: the zone owner's share; defaults to the one the agreement set on the case. */
    split_share_percent: z.number().gt(0).max(100).nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.split_share_percent != null && body.resolution !== "split") {
      ctx.addIssue({
        code: "custom",
        path: ["split_share_percent"],
        message: "split_share_percent: only a split takes a share",
      })
    }
  })
export type AdminResolveDealerConflictType = z.infer<typeof AdminResolveDealerConflict>
