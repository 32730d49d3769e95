import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { ACCRUAL_STATUSES, PROGRAM_PERIOD_TYPES, PROGRAM_STATUSES, REWARD_KINDS } from "../../../types/rewards"
import {
  rewardProgramSchema,
  rewardProgramUpdateSchema,
  rewardRuleDefinitionSchema,
  rewardRuleSchema,
} from "../../../modules/rewards/schemas"
import { progressPeriod } from "../dealer-plans/validators"
import { findParams, id, idFilter, oneOrMany } from "../../utils/validation-primitives"

export const AdminGetRewardProgramParams = createSelectParams()

export const AdminGetRewardProgramsParams = findParams({ limit: 20, order: "code" }).extend({
  q: z.string().optional(),
  id: idFilter.optional(),
  code: idFilter.optional(),
  status: oneOrMany(z.enum(PROGRAM_STATUSES)).optional(),
  period_type: z.enum(PROGRAM_PERIOD_TYPES).optional(),
})

export const AdminCreateRewardProgram = rewardProgramSchema
export const AdminUpdateRewardProgram = rewardProgramUpdateSchema
export const AdminCreateRewardRule = rewardRuleSchema
export const AdminUpdateRewardRule = rewardRuleSchema.partial().strict()

/** Under the program's rules, or under draft rules given here. */
export const AdminSimulateRewards = z
  .object({
    dealer_id: id,
    period: progressPeriod,
    rules: z
      .array(z.object({ name: z.string().trim().min(1).max(200).default("Draft rule"), definition: rewardRuleDefinitionSchema }).strict())
      .min(1)
      .max(50)
      .optional(),
  })
  .strict()
export type AdminSimulateRewardsType = z.infer<typeof AdminSimulateRewards>

export const AdminCloseRewardPeriod = z
  .object({ period: progressPeriod, program_ids: z.array(id).min(1).max(1000).optional() })
  .strict()
export type AdminCloseRewardPeriodType = z.infer<typeof AdminCloseRewardPeriod>

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

export const AdminGetWalletParams = findParams({ limit: 50, order: "-created_at" }).extend({
  kind: z.enum(REWARD_KINDS).optional(),
})
