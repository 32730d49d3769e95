import { z } from "@medusajs/framework/zod"
import { DEALER_ROLES, LEGAL_TYPES } from "../../../types/dealer-network"
import { amount, countryCode, currencyCode, id } from "../../utils/validation-primitives"

export const StoreCreateDealerApplication = z
  .object({
    company_name: z.string().trim().min(1).max(200),
    legal_type: z.enum(LEGAL_TYPES).optional(),
    requested_role: z.enum(DEALER_ROLES).optional(),
    tax_id: z.string().trim().min(1).max(50).nullish(),
    email: z.email().optional(),
    phone: z.string().max(50).nullish(),
    city: z.string().max(120).nullish(),
    country_code: countryCode.nullish(),
    desired_territory_id: id.nullish(),
    desired_region: z.string().max(200).nullish(),
    expected_monthly_volume: amount().nullish(),
    currency_code: currencyCode.optional(),
    message: z.string().max(4000).nullish(),
  })
  .strict()
export type StoreCreateDealerApplicationType = z.infer<typeof StoreCreateDealerApplication>
