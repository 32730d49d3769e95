import { z } from "@medusajs/framework/zod"
import BigNumber from "bignumber.js"
import { AmountBounds, decimalInputProblem, MAX_ID_LENGTH } from "../../lib/input-bounds"
import { DEALER_ROLES } from "../../types/dealer-network"
import {
  COMPARISON_OPS,
  PROGRAM_PERIOD_TYPES,
  PROGRAM_STATUSES,
  REWARD_BASES,
  REWARD_KINDS,
  REWARD_METRICS,
} from "../../types/rewards"

// The JSON shape of reward rules and programs, for the admin API and for
// programs defined in code (plugin options). Errors carry the path of the
// wrong part, e.g. "rules.0.definition.reward.tiers.1.from".

// Self-contained (a module does not import from the API layer); the checks are src/lib's.
const id = z.string().trim().min(1).max(MAX_ID_LENGTH)

/** A JSON number or decimal string within the bounds, kept as an exact decimal string. */
const decimalAmount = (bounds: AmountBounds = {}) =>
  z
    .union([z.number(), z.string().trim()])
    .superRefine((value, ctx) => {
      const problem = decimalInputProblem(value, bounds)
      if (problem) ctx.addIssue({ code: "custom", message: problem })
    })
    .transform((value) => new BigNumber(value).toFixed())

/** A threshold, which may be negative (e.g. growth of at least -10 %). */
const decimal = decimalAmount({ signed: true })
const nonNegative = decimalAmount()

const FOCUS_KEY = /^(product|category):\S+$/
const focusKey = z.string().regex(FOCUS_KEY, 'must be "product:<id>" or "category:<id>"')

const needsFocusKey = (metric: string) => metric === "focus_amount" || metric === "focus_quantity"

const condition = z
  .object({
    metric: z.enum(REWARD_METRICS),
    focus_key: focusKey.optional(),
    op: z.enum(COMPARISON_OPS),
    value: decimal,
  })
  .strict()
  .refine((c) => !needsFocusKey(c.metric) || c.focus_key, {
    message: "required for a focus metric",
    path: ["focus_key"],
  })

const rewardBand = z.object({ from: nonNegative, rate_percent: nonNegative }).strict()

const reward = z.discriminatedUnion("type", [
  z.object({ type: z.literal("fixed"), amount: nonNegative }).strict(),
  z
    .object({ type: z.literal("rate"), base: z.enum(REWARD_BASES), focus_key: focusKey.optional(), rate_percent: nonNegative })
    .strict(),
  z
    .object({
      type: z.literal("tiered"),
      base: z.enum(REWARD_BASES),
      focus_key: focusKey.optional(),
      measure: z.enum(REWARD_METRICS).optional(),
      focus_measure_key: focusKey.optional(),
      mode: z.enum(["retroactive", "stepped"]),
      tiers: z.array(rewardBand).min(1).max(50),
    })
    .strict()
    .superRefine((banded, ctx) => {
      banded.tiers.forEach((band, index) => {
        const previous = banded.tiers[index - 1]
        if (previous && Number(band.from) <= Number(previous.from)) {
          ctx.addIssue({ code: "custom", path: ["tiers", index, "from"], message: `must be above the previous tier's from (${previous.from})` })
        }
      })
      if (banded.measure && needsFocusKey(banded.measure) && !(banded.focus_measure_key ?? banded.focus_key)) {
        ctx.addIssue({ code: "custom", path: ["focus_measure_key"], message: "required for a focus measure" })
      }
    }),
])

export const rewardRuleDefinitionSchema = z
  .object({
    conditions: z.object({ all: z.array(condition).max(20) }).strict().optional(),
    reward,
    cap: nonNegative.optional(),
    kind: z.enum(REWARD_KINDS).optional(),
    points_per_unit: nonNegative.optional(),
  })
  .strict()
  .superRefine((definition, ctx) => {
    const base = definition.reward.type === "fixed" ? null : definition.reward
    if (base?.base === "focus_amount" && !base.focus_key) {
      ctx.addIssue({ code: "custom", path: ["reward", "focus_key"], message: "required when the base is focus_amount" })
    }
  })

export const rewardRuleSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2000).nullish(),
    is_active: z.boolean().optional(),
    definition: rewardRuleDefinitionSchema,
  })
  .strict()

export const eligibilitySchema = z
  .object({
    roles: z.array(z.enum(DEALER_ROLES)).optional(),
    tier_ids: z.array(id).max(1000).optional(),
    territory_ids: z.array(id).max(1000).optional(),
    dealer_ids: z.array(id).max(1000).optional(),
  })
  .strict()

const programFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).nullish(),
  period_type: z.enum(PROGRAM_PERIOD_TYPES),
  valid_from: z.coerce.date(),
  valid_to: z.coerce.date().nullish(),
  status: z.enum(PROGRAM_STATUSES).optional(),
  currency_code: z.string().length(3).toLowerCase(),
  eligibility: eligibilitySchema.nullish(),
  points_per_unit: nonNegative.optional(),
  hold_overdue: z.boolean().optional(),
}

export const rewardProgramSchema = z
  .object({
    code: z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, - and _ only"),
    ...programFields,
    rules: z.array(rewardRuleSchema).max(50).optional(),
  })
  .strict()

export const rewardProgramUpdateSchema = z
  .object({ ...programFields, name: programFields.name.optional(), period_type: programFields.period_type.optional(), valid_from: programFields.valid_from.optional(), currency_code: programFields.currency_code.optional() })
  .strict()

export type RewardProgramInput = z.infer<typeof rewardProgramSchema>
export type RewardRuleInput = z.infer<typeof rewardRuleSchema>
export type RewardProgramUpdateInput = z.infer<typeof rewardProgramUpdateSchema>
