import { z } from "@medusajs/framework/zod"
import { ACCRUAL_STATUSES } from "../../../types/rewards"
import { findParams, id, idFilter, oneOrMany, progressPeriod } from "../../utils/validation-primitives"

export const AdminGetRewardAccrualsParams = findParams({ limit: 50, order: "-created_at" }).extend({
  dealer_id: idFilter.optional(),
  program_id: idFilter.optional(),
  rule_id: idFilter.optional(),
  period_key: oneOrMany(progressPeriod).optional(),
  status: oneOrMany(z.enum(ACCRUAL_STATUSES)).optional(),
})

const accrualIds = z.array(id).min(1).max(1000)

export const AdminApproveRewardAccruals = z.object({ ids: accrualIds }).strict()
export type AdminApproveRewardAccrualsType = z.infer<typeof AdminApproveRewardAccruals>

export const AdminRejectRewardAccruals = z
  .object({ ids: accrualIds, reason: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminRejectRewardAccrualsType = z.infer<typeof AdminRejectRewardAccruals>
