import { z } from "@medusajs/framework/zod"
import { DAY_KEY_PATTERN } from "../../lib/periods"
import { isKnownTimeZone } from "../../lib/zoned-time"
import { bicProblem, ibanProblem, sepaText } from "../../lib/bank-account"

const problemCheck = (problemOf: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const problem = problemOf(value)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
}

export const SALES_EVENTS = ["order.placed", "order.completed"] as const

// Medusa adds keys of its own (database, …) to module options; unknown keys are dropped.
export const dealerNetworkOptionsSchema = z.object({
    /** Currency of new dealers and applications unless they name another. */
    defaultCurrency: z.string().length(3).toLowerCase().default("eur"),
    /** The order event that counts an order as a sale. */
    salesEvent: z.enum(SALES_EVENTS).default("order.placed"),
    /** IANA time zone in which sales periods (months) start and end. */
    timeZone: z
      .string()
      .refine(isKnownTimeZone, { message: "must be an IANA time zone such as Europe/Berlin" })
      .default("UTC"),
    /** The B2B sales channel dealers' buyers order through. */
    b2bSalesChannelId: z.string().optional(),
    /** Days of the week nobody works (0 = Sunday … 6 = Saturday): they do not count towards a plan's expected-to-date. */
    weekendDays: z.array(z.number().int().min(0).max(6)).default([0, 6]),
    /** Further days off ("YYYY-MM-DD"), e.g. public holidays. */
    holidays: z.array(z.string().regex(DAY_KEY_PATTERN, "must be YYYY-MM-DD")).default([]),
    /** Prefix of generated agreement numbers. */
    agreementNumberPrefix: z.string().min(1).max(10).default("AGR"),
    /**
     * The daily deviation check raises an alert when a dealer is behind its plan
     * (or its run-rate projection misses the plan) by more than this percent of
     * what is expected.
     */
    deviationThresholdPercent: z.number().min(0).max(100).default(10),
    /** When set, the shortfall must also exceed this amount (in the plan's currency). */
    deviationThresholdAmount: z.number().min(0).optional(),
    /** Where alert e-mails to the store admins go; without it admins get them in the admin feed only. */
    alertEmail: z.string().email().optional(),
    /**
     * False turns the plugin's scheduled jobs into no-ops (test apps, or a host
     * that runs the work through the admin actions instead).
     */
    scheduledJobs: z.boolean().default(true),
    /** The manufacturer's account cash payouts are paid from (named in SEPA credit-transfer files). */
    payoutDebtor: z
      .object({
        name: z.string().min(1).max(70).refine((name) => sepaText(name) !== null, "must be in Latin letters"),
        iban: z.string().superRefine(problemCheck(ibanProblem)),
        bic: z.string().superRefine(problemCheck(bicProblem)),
      })
      .optional(),
    /** The language and conventions (money, dates) of notification texts, a BCP 47 tag such as en or ru. */
    noticeLocale: z
      .string()
      .refine((tag) => Intl.NumberFormat.supportedLocalesOf([tag]).length === 1, "must be a locale such as en or ru")
      .default("en"),
    /** Whether the bank books a payout file as one debit (true) or one per transfer. */
    payoutBatchBooking: z.boolean().default(true),
    /** Days after the export on which the bank should execute the transfers, unless the export names a date. */
    payoutExecutionDays: z.number().int().min(0).max(30).default(1),
  })

export type DealerNetworkOptions = z.infer<typeof dealerNetworkOptionsSchema>

export function parseDealerNetworkOptions(options: unknown): DealerNetworkOptions {
  const result = dealerNetworkOptionsSchema.safeParse(options ?? {})
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
      .join("; ")
    throw new Error(`Invalid dealer network plugin options: ${problems}`)
  }
  return result.data
}
