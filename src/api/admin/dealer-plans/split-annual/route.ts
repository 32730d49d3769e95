import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { splitAnnualPlanWorkflow } from "../../../../workflows/sales-plan/workflows/split-annual-plan"
import { dealerPlanFields } from "../query-config"
import type { AdminSplitAnnualPlanType } from "../validators"
import type { DealerPlan } from "../../../../types/sales-plan"

/**
 * Splits a dealer's annual target into its 12 monthly plans by a seasonality
 * profile: creates the missing months, updates the amounts of existing ones.
 * The months add up to the annual target to the cent.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSplitAnnualPlanType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await splitAnnualPlanWorkflow(req.scope).run({ input: body })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: plans } = await query.graph({
    entity: "dealer_sales_plan",
    fields: dealerPlanFields,
    filters: { id: result.plans.map((plan) => plan.id) },
  })
  const byPeriod = new Map(plans.map((plan: DealerPlan) => [plan.period_key, plan]))
  res.json({
    dealer_id: body.dealer_id,
    year: body.year,
    seasonality_profile_id: body.seasonality_profile_id,
    annual_target: new BigNumber(body.annual_target).toFixed(2),
    plans_created: result.plans.filter((plan) => plan.created).length,
    plans_updated: result.plans.filter((plan) => !plan.created).length,
    // The exact monthly amounts as decimal strings (the plans' target_amount is a JSON number).
    months: result.amounts,
    plans: result.amounts.map((month) => byPeriod.get(month.period_key)),
  })
}
