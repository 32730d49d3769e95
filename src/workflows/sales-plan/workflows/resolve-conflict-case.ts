import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ConflictResolution } from "../../../lib/conflicts"
import { reassignConflictCreditStep } from "../steps/reassign-conflict-credit-step"
import { resolveConflictCasesStep } from "../steps/resolve-conflict-cases-step"

export const resolveConflictCaseWorkflowId = "dealer-network-resolve-conflict-case"

export type ResolveConflictCaseInput = {
  id: string
  resolution: ConflictResolution
  /** For a split: the zone owner's share in per cent; defaults to the case's (the agreement's). */
  split_share_percent?: number | null
  note?: string | null
  /** The admin user's id. */
  resolved_by: string
}

/**
 * An admin's decision on an open conflict case: closes it and moves the plan
 * credit the resolution calls for. A case that is not open is refused.
 */
export const resolveConflictCaseWorkflow = createWorkflow(
  resolveConflictCaseWorkflowId,
  (input: ResolveConflictCaseInput) => {
    const decisions = transform({ input }, ({ input }) => ({ decisions: [input], skip_if_resolved: false }))
    const resolved = resolveConflictCasesStep(decisions)
    const contributions = reassignConflictCreditStep(resolved)
    return new WorkflowResponse({ conflict: resolved, contributions })
  }
)
