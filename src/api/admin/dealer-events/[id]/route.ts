import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateEventWorkflow } from "../../../../workflows/engagement/workflows/update-event"
import type { Sendable } from "../../../../types/http"
import type { DealerEventResponse } from "../../../../types/engagement"
import { refetchDealerEvent } from "../helpers"
import type { AdminUpdateDealerEventType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerEventResponse>>) => {
  res.json({ event: await refetchDealerEvent(req, req.params.id) })
}

/** Changes a draft or published event; its cost is fixed once dealers registered. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerEventType>,
  res: MedusaResponse<Sendable<DealerEventResponse>>
) => {
  await refetchDealerEvent(req, req.params.id)
  await updateEventWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ event: await refetchDealerEvent(req, req.params.id) })
}
