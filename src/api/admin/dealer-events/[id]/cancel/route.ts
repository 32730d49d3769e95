import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelEventWorkflow } from "../../../../../workflows/engagement/workflows/cancel-event"
import type { Sendable } from "../../../../../types/http"
import type { DealerEventResponse } from "../../../../../types/engagement"
import { refetchDealerEvent } from "../../helpers"

/** Cancels the event: every registration is cancelled and its share refunded to the dealer's wallet. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerEventResponse>>) => {
  await cancelEventWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ event: await refetchDealerEvent(req, req.params.id) })
}
