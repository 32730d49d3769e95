import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionContestStep } from "../steps/transition-contest-step"

export const publishContestWorkflowId = "dealer-network-publish-contest"

/** Starts a draft contest: its participants see it and its leaderboard. */
export const publishContestWorkflow = createWorkflow(publishContestWorkflowId, (input: { id: string }) => {
  const transition = transform({ input }, ({ input }) => ({ id: input.id, from: ["draft" as const], to: "running" as const }))
  return new WorkflowResponse(transitionContestStep(transition))
})
