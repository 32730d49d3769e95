import { z } from "@medusajs/framework/zod"
import BigNumber from "bignumber.js"
import { AmountBounds, amountProblem } from "../../lib/input-bounds"

// The rules every route's validators share: pages, sort order, ids, whole
// numbers and amounts. NUL characters, non-object bodies and deep nesting are
// refused for all of the plugin's routes at once (rejectHostileInput).

/** The most rows one page of a list answers. */
export const MAX_PAGE_SIZE = 200

/** The longest id (or other reference) taken; the plugin's ids are about 30 characters. */
export const MAX_ID_LENGTH = 100

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

const checkAmount = (bounds: AmountBounds) => (value: number | string, ctx: z.RefinementCtx) => {
  const problem = amountProblem(value, bounds)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
}

/**
 * An amount as a JSON number: 0 or more (more than 0 when `positive`), at most
 * MAX_AMOUNT, with at most 4 decimals unless `decimals` says otherwise.
 */
export const amount = (bounds: AmountBounds = {}) => z.number().superRefine(checkAmount(bounds))

const DECIMAL = /^-?\d+(\.\d+)?$/

/** An amount as a JSON number or a decimal string ("1500.25"), within the same bounds, kept as an exact decimal string. */
export const decimalAmount = (bounds: AmountBounds = {}) =>
  z
    .union([z.number(), z.string().trim()])
    .superRefine((value, ctx) => {
      if (typeof value === "string" && !DECIMAL.test(value)) {
        ctx.addIssue({ code: "custom", message: "must be a decimal number" })
      } else {
        checkAmount(bounds)(value, ctx)
      }
    })
    .transform((value) => new BigNumber(value).toFixed())

/** "YYYY-MM-DD", a real calendar day. */
export const dayKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD")
  .refine((day) => {
    const parsed = new Date(`${day}T00:00:00Z`)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
  }, "must be a real calendar day")
