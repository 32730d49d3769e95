import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { progressPeriod } from "../../admin/dealer-plans/validators"

export const StoreGetMyWalletParams = createFindParams({ limit: 50, offset: 0, order: "-created_at" }).extend({
  kind: z.enum(["money", "marketing_points", "event_credit"]).optional(),
})

export const StoreGetMyRewardAccrualsParams = createFindParams({ limit: 50, offset: 0, order: "-created_at" }).extend({
  period_key: z.string().optional(),
  program_id: z.string().optional(),
})

/** My dealer's rewards for a period (the current month by default) under my programs, and the next tiers. */
export const StoreGetMyRewardSimulationParams = z
  .object({ period: progressPeriod.optional(), program_id: z.string().min(1).optional() })
  .strict()
export type StoreGetMyRewardSimulationParamsType = z.infer<typeof StoreGetMyRewardSimulationParams>
