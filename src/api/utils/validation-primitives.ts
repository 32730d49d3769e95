import { z } from "@medusajs/framework/zod"
import BigNumber from "bignumber.js"
import { AmountBounds, amountProblem, decimalInputProblem, MAX_ID_LENGTH } from "../../lib/input-bounds"
import { DAY_KEY_PATTERN, isDayKey, MONTH_KEY_PATTERN, PERIOD_PATTERN } from "../../lib/periods"

// The rules every route's validators share: pages, sort order, ids, whole
// numbers, amounts, months, periods and days. NUL characters, non-object
// bodies and deep nesting are refused for all of the plugin's routes at once
// (rejectHostileInput).

/** The most rows one page of a list answers. */
export const MAX_PAGE_SIZE = 200

/** The largest PostgreSQL integer, the bound of counts and quantities. */
export const MAX_INTEGER = 2_147_483_647

/** A whole number within bounds, the message saying the bound. */
export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)

/** A whole number in a query string ("20"). */
export const queryWholeNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    wholeNumber(min, max)
  )

/** limit (1…200) and offset (from 0) of a list page. */
export const pageParams = (limit = 20) => ({
  limit: queryWholeNumber(1, MAX_PAGE_SIZE).default(limit),
  offset: queryWholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
})

/**
 * Medusa's list parameters (fields, limit, offset, order) within bounds.
 * validateQuery checks `order` against the fields the route's query config
 * lets a list be sorted by.
 */
export const findParams = ({ limit = 20, order }: { limit?: number; order?: string } = {}) =>
  z.object({
    fields: z.string().optional(),
    ...pageParams(limit),
    order: order ? z.string().default(order) : z.string().optional(),
  })

/** A list's own fields (not relations) among those its query config answers with. */
export function sortableFields(config: { defaults?: unknown[]; allowed?: string[] }): string[] {
  const fields = (config.allowed?.length ? config.allowed : config.defaults ?? []).map(String)
  return fields.filter((field) => !field.includes(".") && !field.includes("*"))
}

/** Why `order` is not one field the list may be sorted by ("name", "-created_at"), or null. */
export function orderProblem(order: string, sortable: string[]): string | null {
  const field = order.startsWith("-") ? order.slice(1) : order
  if (sortable.includes(field)) return null
  return `must be one field of ${sortable.join(", ")}; a leading - sorts descending`
}

/** An id (or code) referring to a row. */
export const id = z.string().trim().min(1).max(MAX_ID_LENGTH)

/** A filter on one value or several ("?dealer_id=a" or "?dealer_id[]=a&dealer_id[]=b"). */
export const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)])

/** Filter on one id or several. */
export const idFilter = oneOrMany(id)

/** An ISO 4217 currency code, lower-cased ("EUR" → "eur"). */
export const currencyCode = z.string().length(3).toLowerCase()

/** An ISO 3166-1 alpha-2 country code, lower-cased ("DE" → "de"). */
export const countryCode = z.string().length(2).toLowerCase()

/** A percentage from 0 to 100. */
export const percent = z.number().min(0).max(100)

/** A month "YYYY-MM" (a plan's period). */
export const periodKey = z.string().regex(MONTH_KEY_PATTERN, "must be a month as YYYY-MM")

/** A reporting period: a month YYYY-MM, a quarter YYYY-Qn or a year YYYY. */
export const progressPeriod = z.string().regex(PERIOD_PATTERN, "must be a month YYYY-MM, a quarter YYYY-Qn or a year YYYY")

/** "YYYY-MM-DD", a real calendar day. */
export const dayKey = z
  .string()
  .regex(DAY_KEY_PATTERN, "must be a day as YYYY-MM-DD")
  .refine(isDayKey, "must be a real calendar day")

const checkAmount = (problemOf: (value: number | string) => string | null) => (value: number | string, ctx: z.RefinementCtx) => {
  const problem = problemOf(value)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
}

/**
 * An amount as a JSON number: 0 or more (more than 0 when `positive`), at most
 * MAX_AMOUNT, with at most 4 decimals unless `decimals` says otherwise.
 */
export const amount = (bounds: AmountBounds = {}) =>
  z.number().superRefine(checkAmount((value) => amountProblem(value, bounds)))

/** An amount as a JSON number or a decimal string ("1500.25"), within the same bounds, kept as an exact decimal string. */
export const decimalAmount = (bounds: AmountBounds = {}) =>
  z
    .union([z.number(), z.string().trim()])
    .superRefine(checkAmount((value) => decimalInputProblem(value, bounds)))
    .transform((value) => new BigNumber(value).toFixed())

/** A yes/no flag in a query string: "true" or "false". */
export const queryFlag = z
  .enum(["true", "false"], { error: 'must be "true" or "false"' })
  .transform((value) => value === "true")
