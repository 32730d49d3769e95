import { z } from "@medusajs/framework/zod"
import { currencyCode, id, progressPeriod } from "../../utils/validation-primitives"
import { draftRules } from "../dealer-reward-programs/validators"

/** POST /admin/dealer-reward-simulations: draft rules of a program not created yet, in its currency. */
export const AdminSimulateDraftProgram = z
  .object({
    dealer_id: id,
    period: progressPeriod,
    currency_code: currencyCode,
    rules: draftRules,
  })
  .strict()
export type AdminSimulateDraftProgramType = z.infer<typeof AdminSimulateDraftProgram>
