import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { PROGRAM_PERIOD_TYPES, PROGRAM_STATUSES } from "../../../types/rewards"
import {
  rewardProgramSchema,
  rewardProgramUpdateSchema,
  rewardRuleDefinitionSchema,
  rewardRuleSchema,
} from "../../../modules/rewards/schemas"
import { findParams, id, idFilter, oneOrMany, progressPeriod } from "../../utils/validation-primitives"

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

/** Rules being drafted, simulated before they are saved. */
export const draftRules = z
  .array(z.object({ name: z.string().trim().min(1).max(200).default("Draft rule"), definition: rewardRuleDefinitionSchema }).strict())
  .min(1)
  .max(50)

/** Under the program's rules, or under draft rules given here. */
export const AdminSimulateRewards = z
  .object({
    dealer_id: id,
    period: progressPeriod,
    rules: draftRules.optional(),
  })
  .strict()
export type AdminSimulateRewardsType = z.infer<typeof AdminSimulateRewards>
