import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { ACCRUAL_STATUSES } from "../../../modules/rewards/models/reward-accrual"
import { PROGRAM_PERIOD_TYPES, PROGRAM_STATUSES } from "../../../modules/rewards/models/reward-program"
import {
  rewardProgramSchema,
  rewardProgramUpdateSchema,
  rewardRuleDefinitionSchema,
  rewardRuleSchema,
} from "../../../modules/rewards/schemas"
import { progressPeriod } from "../dealer-plans/validators"

const stringOrList = z.union([z.string(), z.array(z.string())])

export const AdminGetRewardProgramParams = createSelectParams()

export const AdminGetRewardProgramsParams = createFindParams({ limit: 20, offset: 0, order: "code" }).extend({
  q: z.string().optional(),
  id: stringOrList.optional(),
  code: stringOrList.optional(),
  status: z.union([z.enum(PROGRAM_STATUSES), z.array(z.enum(PROGRAM_STATUSES))]).optional(),
  period_type: z.enum(PROGRAM_PERIOD_TYPES).optional(),
})

export const AdminCreateRewardProgram = rewardProgramSchema
export const AdminUpdateRewardProgram = rewardProgramUpdateSchema
export const AdminCreateRewardRule = rewardRuleSchema
export const AdminUpdateRewardRule = rewardRuleSchema.partial().strict()

/** Under the program's rules, or under draft rules given here. */
export const AdminSimulateRewards = z
  .object({
    dealer_id: z.string().min(1),
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
  .object({ period: progressPeriod, program_ids: z.array(z.string().min(1)).min(1).optional() })
  .strict()
export type AdminCloseRewardPeriodType = z.infer<typeof AdminCloseRewardPeriod>

export const AdminGetRewardAccrualsParams = createFindParams({ limit: 50, offset: 0, order: "-created_at" }).extend({
  dealer_id: stringOrList.optional(),
  program_id: stringOrList.optional(),
  rule_id: stringOrList.optional(),
  period_key: stringOrList.optional(),
  status: z.union([z.enum(ACCRUAL_STATUSES), z.array(z.enum(ACCRUAL_STATUSES))]).optional(),
})

export const AdminApproveRewardAccruals = z.object({ ids: z.array(z.string().min(1)).min(1).max(1000) }).strict()
export type AdminApproveRewardAccrualsType = z.infer<typeof AdminApproveRewardAccruals>

export const AdminRejectRewardAccruals = z
  .object({ ids: z.array(z.string().min(1)).min(1).max(1000), reason: z.string().trim().min(1).max(2000) })
  .strict()
export type AdminRejectRewardAccrualsType = z.infer<typeof AdminRejectRewardAccruals>

export const AdminGetWalletParams = createFindParams({ limit: 50, offset: 0, order: "-created_at" }).extend({
  kind: z.enum(["money", "marketing_points", "event_credit"]).optional(),
})
