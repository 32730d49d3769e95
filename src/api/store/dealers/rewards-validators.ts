import { z } from "@medusajs/framework/zod"
import { progressPeriod } from "../../admin/dealer-plans/validators"
import { findParams, id } from "../../utils/validation-primitives"
import { REWARD_KINDS } from "../../../types/rewards"

export const StoreGetMyWalletParams = findParams({ limit: 50, order: "-created_at" }).extend({
  kind: z.enum(REWARD_KINDS).optional(),
})

export const StoreGetMyRewardAccrualsParams = findParams({ limit: 50, order: "-created_at" }).extend({
  period_key: progressPeriod.optional(),
  program_id: id.optional(),
})

/** My dealer's rewards for a period (the current month by default) under my programs, and the next tiers. */
export const StoreGetMyRewardSimulationParams = z
  .object({ period: progressPeriod.optional(), program_id: id.optional() })
  .strict()
export type StoreGetMyRewardSimulationParamsType = z.infer<typeof StoreGetMyRewardSimulationParams>
