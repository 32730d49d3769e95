import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createEventWorkflow } from "../../../workflows/engagement/workflows/create-event"
import type { Sendable } from "../../../types/http"
import type { DealerEventListResponse, DealerEventResponse } from "../../../types/engagement"
import { listEvents, refetchDealerEvent } from "./helpers"
import type { AdminCreateDealerEventType } from "./validators"

/** Events (filters status, type, upcoming or past), latest start first, with their seats taken. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerEventListResponse>>) => {
  const { when, ...filters } = req.filterableFields as Record<string, unknown>
  const now = new Date()
  const ended = when === "upcoming" ? { ends_at: { $gte: now } } : when === "past" ? { ends_at: { $lt: now } } : {}
  res.json(await listEvents(req, { ...filters, ...ended }))
}

/** A draft event. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerEventType>,
  res: MedusaResponse<Sendable<DealerEventResponse>>
) => {
  const { result } = await createEventWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ event: await refetchDealerEvent(req, result.id) })
}
