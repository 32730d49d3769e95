import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { Attendance } from "../../../types/engagement"

export const recordEventAttendanceStepId = "dealer-network-record-event-attendance"

export type RecordEventAttendanceInput = {
  event_id: string
  attendance: { registration_id: string; attendance: Attendance }[]
}

/** Who came (attended / no-show), once the event started; the event is completed by it. */
export const recordEventAttendanceStep = createStep(
  recordEventAttendanceStepId,
  async (input: RecordEventAttendanceInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    await engagement.recordAttendance(input)
    return new StepResponse({ id: input.event_id })
  }
)
