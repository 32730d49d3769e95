import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { saveSalesPlanWorkflow } from "../../../workflows/sales-plan/workflows/save-sales-plan"
import { refetchDealerPlan } from "./helpers"
import type { AdminCreateDealerPlanType } from "./validators"
import { listPage } from "../../utils/list-page"
import type { Sendable } from "../../../types/http"
import type { DealerPlanListResponse, DealerPlanResponse } from "../../../types/sales-plan"
import { planExists } from "../../../lib/refusals"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerPlanListResponse>>) => {
  const { data: plans, page } = await listPage(req, "dealer_sales_plan")
  res.json({ plans, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerPlanType>,
  res: MedusaResponse<Sendable<DealerPlanResponse>>
) => {
  const { period, ...plan } = req.validatedBody
  const service: SalesPlanModuleService = req.scope.resolve(SALES_PLAN_MODULE)
  const [existing] = await service.listDealerSalesPlans({ dealer_id: plan.dealer_id, period_key: period })
  if (existing) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      planExists(period, existing.id)
    )
  }
  const { result } = await saveSalesPlanWorkflow(req.scope).run({
    input: { ...plan, period_key: period },
  })
  res.status(201).json({ plan: await refetchDealerPlan(req.scope, result.id, req.queryConfig.fields) })
}
