import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordEventAttendanceWorkflow } from "../../../../../workflows/engagement/workflows/record-event-attendance"
import type { Sendable } from "../../../../../types/http"
import type { DealerEventResponse } from "../../../../../types/engagement"
import { refetchDealerEvent } from "../../helpers"
import type { AdminRecordEventAttendanceType } from "../../validators"

/** Attended / no-show per registration, once the event started; the event is completed by it. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordEventAttendanceType>,
  res: MedusaResponse<Sendable<DealerEventResponse>>
) => {
  await refetchDealerEvent(req, req.params.id)
  await recordEventAttendanceWorkflow(req.scope).run({ input: { event_id: req.params.id, ...req.validatedBody } })
  res.json({ event: await refetchDealerEvent(req, req.params.id) })
}
