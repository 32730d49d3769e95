import { z } from "@medusajs/framework/zod"
import { dayKey } from "../dealer-progress/validators"

/** GET /admin/dealer-receivables: every dealer's balance, aged, most overdue first. */
export const AdminGetDealerReceivablesListParams = z
  .object({
    as_of: dayKey.optional(),
    dealer_id: z.union([z.string(), z.array(z.string())]).optional(),
    overdue_only: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetDealerReceivablesListParamsType = z.infer<typeof AdminGetDealerReceivablesListParams>
