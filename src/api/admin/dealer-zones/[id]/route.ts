import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteZoneWorkflow } from "../../../../workflows/dealer-network/workflows/delete-zone"
import { updateZoneWorkflow } from "../../../../workflows/dealer-network/workflows/update-zone"
import { refetchDealerZone } from "../helpers"
import type { AdminUpdateDealerZoneType } from "../validators"
import type { ZoneResponse } from "../../../../types/dealer-network"
import type { DeleteResponse, Sendable } from "../../../../types/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<ZoneResponse>>) => {
  const zone = await refetchDealerZone(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ zone })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerZoneType>,
  res: MedusaResponse<Sendable<ZoneResponse>>
) => {
  await refetchDealerZone(req.scope, req.params.id, ["id"])
  await updateZoneWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const zone = await refetchDealerZone(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ zone })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DeleteResponse>>) => {
  await refetchDealerZone(req.scope, req.params.id, ["id"])
  await deleteZoneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_zone", deleted: true })
}
