import { z } from "@medusajs/framework/zod"

/** Largest CSV text taken in one request (characters); the JSON body limit is set to match. */
export const MAX_PLAN_CSV_LENGTH = 4_000_000

export const AdminImportDealerPlans = z
  .object({
    csv: z.string().min(1).max(MAX_PLAN_CSV_LENGTH),
    dry_run: z.boolean().default(false),
  })
  .strict()
export type AdminImportDealerPlansType = z.infer<typeof AdminImportDealerPlans>
