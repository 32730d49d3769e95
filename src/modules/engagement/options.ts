import { z } from "@medusajs/framework/zod"
import { hasPositiveWeight, MAX_RATING_WEIGHT, resolveRatingWeights } from "../../lib/dealer-rating"
import { RATING_COMPONENTS, type RatingComponent } from "../../types/engagement"

const weight = z.number().min(0, "must not be negative").max(MAX_RATING_WEIGHT, `must be at most ${MAX_RATING_WEIGHT}`)

/** Relative weights of the rating's components; each one left out keeps the plugin's default. */
export const ratingWeightsSchema = z
  .object(Object.fromEntries(RATING_COMPONENTS.map((component) => [component, weight.optional()])) as Record<RatingComponent, z.ZodOptional<typeof weight>>)
  .strict()

// Medusa adds keys of its own to module options; unknown keys are dropped.
export const engagementOptionsSchema = z.object({
  /** The best-dealer rating's weights for the network (the admin setting overrides each one it names). */
  ratingWeights: ratingWeightsSchema
    .refine((weights) => hasPositiveWeight(resolveRatingWeights(null, weights).weights), "must not make every weight 0")
    .default({}),
})

export type EngagementOptions = z.infer<typeof engagementOptionsSchema>

export function parseEngagementOptions(options: unknown): EngagementOptions {
  const result = engagementOptionsSchema.safeParse(options ?? {})
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`).join("; ")
    throw new Error(`Invalid dealer network plugin options: ${problems}`)
  }
  return result.data
}
