import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerForEventWorkflow } from "../../../../../workflows/engagement/workflows/register-for-event"
import type { Sendable } from "../../../../../types/http"
import type { EventRegistrationListResponse, EventRegistrationResponse } from "../../../../../types/engagement"
import { listRegistrations, refetchDealerEvent } from "../../helpers"
import type { AdminRegisterDealerForEventType } from "../../validators"

/** The event's registrations (filters dealer_id, status) with their dealers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<EventRegistrationListResponse>>) => {
  res.json((await listRegistrations(req, { ...req.filterableFields, event_id: req.params.id })))
}

/** Seats for a dealer of the audience, its share paid from its wallet. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRegisterDealerForEventType>,
  res: MedusaResponse<Sendable<EventRegistrationResponse>>
) => {
  await refetchDealerEvent(req, req.params.id)
  const { result } = await registerForEventWorkflow(req.scope).run({
    input: { event_id: req.params.id, ...req.validatedBody, registered_by: req.auth_context.actor_id },
  })
  const { registrations } = await listRegistrations(req, { id: result.id })
  res.status(201).json({ registration: registrations[0] })
}
