import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateDealerMemberStep,
  UpdateDealerMemberStepInput,
} from "../steps/update-dealer-member-step"

export const updateDealerMemberWorkflowId = "dealer-network-update-dealer-member"

export const updateDealerMemberWorkflow = createWorkflow(
  updateDealerMemberWorkflowId,
  (input: UpdateDealerMemberStepInput) => new WorkflowResponse(updateDealerMemberStep(input))
)
