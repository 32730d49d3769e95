import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { seasonalityWeightsProblem } from "../../../lib/seasonality"
import { findParams, idFilter } from "../../utils/validation-primitives"

/** 12 monthly weights in percent, each 0…100, summing to exactly 100 (checked in decimals, not floats). */
export const seasonalityWeights = z
  .array(z.number().min(0, "each weight must be at least 0").max(100, "each weight must be at most 100"), "must be a list of 12 numbers")
  .superRefine((weights, ctx) => {
    const problem = seasonalityWeightsProblem(weights)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })

export const AdminGetSeasonalityProfileParams = createSelectParams()

export const AdminGetSeasonalityProfilesParams = findParams({ limit: 50, order: "name" }).extend({
  q: z.string().optional(),
  id: idFilter.optional(),
  name: idFilter.optional(),
})

const profileFields = {
  name: z.string().trim().min(1).max(100),
  weights: seasonalityWeights,
  description: z.string().max(2000).nullish(),
}

export const AdminCreateSeasonalityProfile = z.object(profileFields).strict()
export type AdminCreateSeasonalityProfileType = z.infer<typeof AdminCreateSeasonalityProfile>

export const AdminUpdateSeasonalityProfile = z
  .object({
    name: profileFields.name.optional(),
    weights: profileFields.weights.optional(),
    description: profileFields.description,
  })
  .strict()
export type AdminUpdateSeasonalityProfileType = z.infer<typeof AdminUpdateSeasonalityProfile>
