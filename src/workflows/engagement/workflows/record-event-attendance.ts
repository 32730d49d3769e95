import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordEventAttendanceStep, RecordEventAttendanceInput } from "../steps/record-event-attendance-step"

export const recordEventAttendanceWorkflowId = "dealer-network-record-event-attendance"
export type { RecordEventAttendanceInput }

/** Attended or no-show per registration, after the start; completes the event. A no-show keeps its share paid. */
export const recordEventAttendanceWorkflow = createWorkflow(recordEventAttendanceWorkflowId, (input: RecordEventAttendanceInput) => {
  return new WorkflowResponse(recordEventAttendanceStep(input))
})
