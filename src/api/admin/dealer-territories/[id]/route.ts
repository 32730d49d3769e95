import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTerritoryWorkflow } from "../../../../workflows/dealer-network/workflows/delete-territory"
import { updateTerritoryWorkflow } from "../../../../workflows/dealer-network/workflows/update-territory"
import { refetchDealerTerritory } from "../helpers"
import type { AdminUpdateDealerTerritoryType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const territory = await refetchDealerTerritory(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ territory })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerTerritoryType>,
  res: MedusaResponse
) => {
  await refetchDealerTerritory(req.scope, req.params.id, ["id"])
  await updateTerritoryWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const territory = await refetchDealerTerritory(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ territory })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchDealerTerritory(req.scope, req.params.id, ["id"])
  await deleteTerritoryWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_territory", deleted: true })
}
