import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishEventWorkflow } from "../../../../../workflows/engagement/workflows/publish-event"
import type { Sendable } from "../../../../../types/http"
import type { DealerEventResponse } from "../../../../../types/engagement"
import { refetchDealerEvent } from "../../helpers"

/** Opens the event to its audience's registrations. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerEventResponse>>) => {
  await publishEventWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ event: await refetchDealerEvent(req, req.params.id) })
}
