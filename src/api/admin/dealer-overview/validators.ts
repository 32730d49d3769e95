import { z } from "@medusajs/framework/zod"
import { dayKey, periodKey } from "../../utils/validation-primitives"

/** GET /admin/dealer-overview */
export const AdminGetDealerOverviewParams = z
  .object({
    period: periodKey.optional(),
    as_of: dayKey.optional(),
  })
  .strict()
export type AdminGetDealerOverviewParamsType = z.infer<typeof AdminGetDealerOverviewParams>
