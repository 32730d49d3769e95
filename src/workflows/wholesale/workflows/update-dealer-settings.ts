import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DealerSettingsInput, updateDealerSettingsStep } from "../steps/update-dealer-settings-step"

export const updateDealerSettingsWorkflowId = "dealer-network-update-dealer-settings"

export const updateDealerSettingsWorkflow = createWorkflow(
  updateDealerSettingsWorkflowId,
  (input: DealerSettingsInput) => new WorkflowResponse(updateDealerSettingsStep(input))
)
