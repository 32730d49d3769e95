import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createZoneWorkflow } from "../../../workflows/dealer-network/workflows/create-zone"
import { refetchDealerZone } from "./helpers"
import type { AdminCreateDealerZoneType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: zones, metadata } = await query.graph({
    entity: "dealer_zone",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ zones, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerZoneType>,
  res: MedusaResponse
) => {
  const { result } = await createZoneWorkflow(req.scope).run({ input: req.validatedBody })
  const zone = await refetchDealerZone(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ zone })
}
