import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createDealerApplicationStep,
  CreateDealerApplicationStepInput,
} from "../steps/create-dealer-application-step"

export const submitDealerApplicationWorkflowId = "dealer-network-submit-dealer-application"

export const submitDealerApplicationWorkflow = createWorkflow(
  submitDealerApplicationWorkflowId,
  (input: CreateDealerApplicationStepInput) =>
    new WorkflowResponse(createDealerApplicationStep(input))
)
