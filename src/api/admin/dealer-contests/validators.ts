import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { contestProblem } from "../../../lib/contest-prizes"
import { DEALER_ROLES } from "../../../types/dealer-network"
import { CONTEST_METRICS, CONTEST_STATUSES, CONTEST_TIE_RULES } from "../../../types/engagement"
import { REWARD_KINDS } from "../../../types/rewards"
import { dayKey, decimalAmount, findParams, id, idFilter, oneOrMany, wholeNumber } from "../../utils/validation-primitives"

const ids = z.array(id).max(500)
const text = (max: number) => z.string().trim().min(1).max(max)

/** Who takes part; empty = every active dealer. `parent_dealer_id`: everyone below that dealer. */
const audience = z
  .object({
    roles: z.array(z.enum(DEALER_ROLES)).max(DEALER_ROLES.length).optional(),
    tier_ids: ids.optional(),
    territory_ids: ids.optional(),
    dealer_ids: ids.optional(),
    parent_dealer_id: id.nullish(),
  })
  .strict()

const prizeAmount = decimalAmount({ positive: true })

/** One prize row: a rank, the top N, or everyone at or above a figure. */
const prize = z.discriminatedUnion("basis", [
  z.object({ basis: z.literal("rank"), rank: wholeNumber(1, 1000), amount: prizeAmount }).strict(),
  z.object({ basis: z.literal("top"), count: wholeNumber(1, 1000), amount: prizeAmount }).strict(),
  z.object({ basis: z.literal("threshold"), threshold: decimalAmount({ positive: true }), amount: prizeAmount }).strict(),
])

const focusKey = z
  .string()
  .trim()
  .max(120)
  .regex(/^(product|category):\S+$/, "must be product:<id> or category:<id>")

const contestFields = {
  title: text(200),
  description: z.string().max(10_000).nullish(),
  audience: audience.optional(),
  starts_on: dayKey,
  ends_on: dayKey,
  metric: z.enum(CONTEST_METRICS),
  focus_key: focusKey.nullish(),
  currency_code: z.string().length(3).toLowerCase(),
  prize_kind: z.enum(REWARD_KINDS).optional(),
  prizes: z.array(prize).max(50),
  tie_rule: z.enum(CONTEST_TIE_RULES).optional(),
  show_names: z.boolean().optional(),
}

const fitsTogether = (contest: Record<string, any>, ctx: z.RefinementCtx) => {
  if (!contest.starts_on || !contest.ends_on || !contest.metric || !contest.prizes) return
  const problem = contestProblem(contest as Parameters<typeof contestProblem>[0])
  if (problem) ctx.addIssue({ code: "custom", path: [problem.split(":")[0]], message: problem })
}

/** POST /admin/dealer-contests: a draft contest. */
export const AdminCreateDealerContest = z.object(contestFields).strict().superRefine(fitsTogether)
export type AdminCreateDealerContestType = z.infer<typeof AdminCreateDealerContest>

/** POST /admin/dealer-contests/:id: the fields to change (checked with the stored ones). */
export const AdminUpdateDealerContest = z.object(contestFields).partial().strict().superRefine(fitsTogether)
export type AdminUpdateDealerContestType = z.infer<typeof AdminUpdateDealerContest>

export const AdminGetDealerContestParams = createSelectParams()

/** GET /admin/dealer-contests; `dealer_id`: the contests that dealer takes part in (running) or took part in (closed). */
export const AdminGetDealerContestsParams = findParams({ limit: 20, order: "-starts_on" }).extend({
  id: idFilter.optional(),
  status: oneOrMany(z.enum(CONTEST_STATUSES)).optional(),
  dealer_id: id.optional(),
})

export const AdminContestAction = z.object({}).strict()
