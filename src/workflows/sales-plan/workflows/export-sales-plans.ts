import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planExportCsv } from "../../../lib/plan-csv"
import { LoadPlanExportInput, loadPlanExportStep } from "../steps/load-plan-export-step"

export const exportSalesPlansWorkflowId = "dealer-network-export-sales-plans"

/** Plans of a period range with their actuals, as CSV text (see README: "Sales plans as CSV"). */
export const exportSalesPlansWorkflow = createWorkflow(
  exportSalesPlansWorkflowId,
  (input: LoadPlanExportInput) => {
    const plans = loadPlanExportStep(input)
    const csv = transform({ plans }, ({ plans }) => ({ csv: planExportCsv(plans), plans: plans.length }))
    return new WorkflowResponse(csv)
  }
)
