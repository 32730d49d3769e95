import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerForEventWorkflow } from "../../../../../workflows/engagement/workflows/register-for-event"
import type { Sendable } from "../../../../../types/http"
import type { EventRegistrationListResponse, EventRegistrationResponse } from "../../../../../types/engagement"
import { listRegistrations } from "../../../../admin/dealer-events/helpers"
import { dealerAccess } from "../membership"
import type { StoreRegisterForEventType } from "../validators"

/** My dealer's registrations (filters event_id, status), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<EventRegistrationListResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  res.json(await listRegistrations(req, { ...req.filterableFields, dealer_id }))
}

/** Seats at an event of my dealer's audience; its share is paid from the dealer's wallet. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRegisterForEventType>,
  res: MedusaResponse<Sendable<EventRegistrationResponse>>
) => {
  const { dealer_id } = dealerAccess(req)
  const { result } = await registerForEventWorkflow(req.scope).run({
    input: { ...req.validatedBody, dealer_id, registered_by: req.auth_context.actor_id },
  })
  const { registrations } = await listRegistrations(req, { id: result.id })
  res.status(201).json({ registration: registrations[0] })
}
