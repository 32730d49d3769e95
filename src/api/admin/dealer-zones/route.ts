import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createZoneWorkflow } from "../../../workflows/dealer-network/workflows/create-zone"
import { refetchDealerZone } from "./helpers"
import type { AdminCreateDealerZoneType } from "./validators"
import { listPage } from "../../utils/list-page"
import type { ZoneListResponse, ZoneResponse } from "../../../types/dealer-network"
import type { Sendable } from "../../../types/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<ZoneListResponse>>) => {
  const { data: zones, page } = await listPage(req, "dealer_zone")
  res.json({ zones, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerZoneType>,
  res: MedusaResponse<Sendable<ZoneResponse>>
) => {
  const { result } = await createZoneWorkflow(req.scope).run({ input: req.validatedBody })
  const zone = await refetchDealerZone(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ zone })
}
