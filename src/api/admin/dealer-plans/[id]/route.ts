import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSalesPlanWorkflow } from "../../../../workflows/sales-plan/workflows/delete-sales-plan"
import { saveSalesPlanWorkflow } from "../../../../workflows/sales-plan/workflows/save-sales-plan"
import { refetchDealerPlan } from "../helpers"
import type { AdminUpdateDealerPlanType } from "../validators"
import type { DeleteResponse, Sendable } from "../../../../types/http"
import type { DealerPlanResponse } from "../../../../types/sales-plan"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPlanResponse>>) => {
  res.json({ plan: await refetchDealerPlan(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerPlanType>,
  res: MedusaResponse<Sendable<DealerPlanResponse>>
) => {
  const current = await refetchDealerPlan(req.scope, req.params.id, [
    "dealer_id",
    "period_key",
    "currency_code",
    "target_amount",
  ])
  await saveSalesPlanWorkflow(req.scope).run({
    input: {
      dealer_id: current.dealer_id,
      period_key: current.period_key,
      currency_code: current.currency_code,
      target_amount: Number(current.target_amount),
      ...req.validatedBody,
    },
  })
  res.json({ plan: await refetchDealerPlan(req.scope, req.params.id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DeleteResponse>>) => {
  await refetchDealerPlan(req.scope, req.params.id, ["id"])
  await deleteSalesPlanWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_sales_plan", deleted: true })
}
