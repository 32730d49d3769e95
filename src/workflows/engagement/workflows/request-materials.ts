import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { chargeMaterialPointsStep } from "../steps/charge-material-points-step"
import { prepareMaterialRequestStep, RequestMaterialsInput } from "../steps/prepare-material-request-step"
import { reserveMaterialStockStep } from "../steps/reserve-material-stock-step"

export const requestMaterialsWorkflowId = "dealer-network-request-materials"
export type { RequestMaterialsInput }

/**
 * A dealer's order of marketing materials paid with its marketing points:
 * the units are taken from the stock under a lock of the materials (no
 * overselling), then the points are debited from the wallet under its lock
 * (never below zero). A debit the wallet refuses gives the units back.
 */
export const requestMaterialsWorkflow = createWorkflow(requestMaterialsWorkflowId, (input: RequestMaterialsInput) => {
  const prepared = prepareMaterialRequestStep(input)
  const request = reserveMaterialStockStep(prepared)
  chargeMaterialPointsStep(
    transform({ prepared, request }, ({ prepared, request }) => ({
      id: request.id,
      dealer_id: prepared.dealer_id,
      currency_code: prepared.currency_code,
      total_points: request.total_points,
    }))
  )
  return new WorkflowResponse(request)
})
