import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDealerWorkflow } from "../../../workflows/dealer-network/workflows/create-dealer"
import { refetchDealer } from "./helpers"
import type { AdminCreateDealerType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: dealers, metadata } = await query.graph({
    entity: "dealer",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ dealers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerType>,
  res: MedusaResponse
) => {
  const { result } = await createDealerWorkflow(req.scope).run({ input: req.validatedBody })
  const dealer = await refetchDealer(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ dealer })
}
