import { z } from "@medusajs/framework/zod"
import { id, progressPeriod } from "../../utils/validation-primitives"

/** POST /admin/dealer-reward-periods/close */
export const AdminCloseRewardPeriod = z
  .object({ period: progressPeriod, program_ids: z.array(id).min(1).max(1000).optional() })
  .strict()
export type AdminCloseRewardPeriodType = z.infer<typeof AdminCloseRewardPeriod>
