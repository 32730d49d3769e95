import { z } from "@medusajs/framework/zod"
import { rewardProgramSchema } from "./schemas"

// Medusa adds keys of its own to module options; unknown keys are dropped.
export const rewardsOptionsSchema = z.object({
  /** Programs defined in code (see defineRewardProgram); kept in the database by code when the app starts. */
  rewardPrograms: z.array(rewardProgramSchema).default([]),
})

export type RewardsOptions = z.infer<typeof rewardsOptionsSchema>

export function parseRewardsOptions(options: unknown): RewardsOptions {
  const result = rewardsOptionsSchema.safeParse(options ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`).join("; ")
    throw new Error(`Invalid dealer network plugin options: ${problems}`)
  }
  return result.data
}
