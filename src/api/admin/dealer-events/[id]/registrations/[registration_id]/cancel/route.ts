import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cancelEventRegistrationWorkflow } from "../../../../../../../workflows/engagement/workflows/cancel-event-registration"
import type { Sendable } from "../../../../../../../types/http"
import type { EventRegistrationResponse } from "../../../../../../../types/engagement"
import { listRegistrations } from "../../../../helpers"

/** Frees a registration's seats; refunded before the event's cancellation deadline, not after. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<EventRegistrationResponse>>) => {
  const filters = { id: req.params.registration_id, event_id: req.params.id }
  const [found] = (await listRegistrations(req, filters)).registrations
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event registration with id: ${filters.id} was not found`)
  await cancelEventRegistrationWorkflow(req.scope).run({ input: { id: filters.id } })
  const { registrations } = await listRegistrations(req, filters)
  res.json({ registration: registrations[0] })
}
