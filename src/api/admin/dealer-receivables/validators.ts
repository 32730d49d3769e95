import { z } from "@medusajs/framework/zod"
import { dayKey } from "../../utils/validation-primitives"
import { idFilter, pageParams } from "../../utils/validation-primitives"

/** GET /admin/dealer-receivables: every dealer's balance, aged, most overdue first. */
export const AdminGetDealerReceivablesListParams = z
  .object({
    as_of: dayKey.optional(),
    dealer_id: idFilter.optional(),
    overdue_only: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
    ...pageParams(50),
  })
  .strict()
export type AdminGetDealerReceivablesListParamsType = z.infer<typeof AdminGetDealerReceivablesListParams>
