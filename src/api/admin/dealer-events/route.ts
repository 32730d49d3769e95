import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createEventWorkflow } from "../../../workflows/engagement/workflows/create-event"
import type { Sendable } from "../../../types/http"
import type { DealerEventListResponse, DealerEventResponse } from "../../../types/engagement"
import { listEvents, refetchDealerEvent } from "./helpers"
import type { AdminCreateDealerEventType } from "./validators"

/** Events (filters status, type), latest start first, with their seats taken. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerEventListResponse>>) => {
  res.json(await listEvents(req))
}

/** A draft event. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerEventType>,
  res: MedusaResponse<Sendable<DealerEventResponse>>
) => {
  const { result } = await createEventWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ event: await refetchDealerEvent(req, result.id) })
}
