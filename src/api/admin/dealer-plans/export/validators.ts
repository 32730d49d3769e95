import { z } from "@medusajs/framework/zod"
import { MONTH_KEY_PATTERN } from "../../../../lib/periods"
import { idFilter } from "../../../utils/validation-primitives"

const month = z.string().regex(MONTH_KEY_PATTERN, "must be a month as YYYY-MM")

export const AdminExportDealerPlansParams = z
  .object({
    period: month.optional(),
    period_from: month.optional(),
    period_to: month.optional(),
    dealer_id: idFilter.optional(),
  })
  .strict()
  .refine((q) => Boolean(q.period || q.period_from || q.period_to), {
    message: "give period, or period_from and/or period_to",
    path: ["period"],
  })
  .refine((q) => !(q.period && (q.period_from || q.period_to)), {
    message: "give either period or period_from/period_to, not both",
    path: ["period"],
  })
  .refine((q) => !(q.period_from && q.period_to && q.period_from > q.period_to), {
    message: "must not be before period_from",
    path: ["period_to"],
  })
export type AdminExportDealerPlansParamsType = z.infer<typeof AdminExportDealerPlansParams>
