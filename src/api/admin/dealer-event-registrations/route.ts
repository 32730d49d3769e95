import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Sendable } from "../../../types/http"
import type { EventRegistrationListResponse } from "../../../types/engagement"
import { listRegistrations } from "../dealer-events/helpers"

/** Registrations across events (filters dealer_id, event_id, status) with their event: a dealer's events. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<EventRegistrationListResponse>>) => {
  res.json(await listRegistrations(req, req.filterableFields))
}
