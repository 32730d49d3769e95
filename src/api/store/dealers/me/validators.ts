import { z } from "@medusajs/framework/zod"
import { periodKey, progressPeriod } from "../../../admin/dealer-plans/validators"
import { dayKey } from "../../../utils/validation-primitives"

/** The longest range of months GET /store/dealers/me/plans answers for. */
export const MAX_PLAN_MONTHS = 36

/** GET /store/dealers/me/progress: a month, quarter or year, as of a day. No dealer id: always one's own. */
export const StoreGetMyProgressParams = z
  .object({
    period: progressPeriod.optional(),
    as_of: dayKey.optional(),
  })
  .strict()
export type StoreGetMyProgressParamsType = z.infer<typeof StoreGetMyProgressParams>

/** GET /store/dealers/me/plans: months from … to (inclusive). No dealer id: always one's own. */
export const StoreGetMyPlansParams = z
  .object({
    period_from: periodKey.optional(),
    period_to: periodKey.optional(),
  })
  .strict()
  .superRefine((range, ctx) => {
    if (!range.period_from || !range.period_to) return
    if (range.period_to < range.period_from) {
      ctx.addIssue({ code: "custom", path: ["period_to"], message: "must not be before period_from" })
      return
    }
    if (monthsBetween(range.period_from, range.period_to) > MAX_PLAN_MONTHS) {
      ctx.addIssue({ code: "custom", path: ["period_to"], message: `must be at most ${MAX_PLAN_MONTHS} months after period_from` })
    }
  })
export type StoreGetMyPlansParamsType = z.infer<typeof StoreGetMyPlansParams>

/** How many months from "YYYY-MM" to "YYYY-MM", both included. */
export function monthsBetween(from: string, to: string): number {
  const index = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1
  return index(to) - index(from) + 1
}

/** The month `count` months after (or before, when negative) a "YYYY-MM" month. */
export function addMonths(key: string, count: number): string {
  const index = Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1 + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}
