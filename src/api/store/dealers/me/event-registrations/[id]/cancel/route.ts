import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelEventRegistrationWorkflow } from "../../../../../../../workflows/engagement/workflows/cancel-event-registration"
import type { Sendable } from "../../../../../../../types/http"
import type { EventRegistrationResponse } from "../../../../../../../types/engagement"
import { listRegistrations } from "../../../../../../admin/dealer-events/helpers"
import { dealerAccess } from "../../../membership"

/** Cancels my dealer's registration: refunded before the event's cancellation deadline, not after. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<EventRegistrationResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  await cancelEventRegistrationWorkflow(req.scope).run({ input: { id: req.params.id, dealer_id } })
  const { registrations } = await listRegistrations(req, { id: req.params.id, dealer_id })
  res.json({ registration: registrations[0] })
}
