import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTierWorkflow } from "../../../../workflows/dealer-network/workflows/delete-tier"
import { updateTierWorkflow } from "../../../../workflows/dealer-network/workflows/update-tier"
import { refetchDealerTier } from "../helpers"
import type { AdminUpdateDealerTierType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const tier = await refetchDealerTier(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ tier })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerTierType>,
  res: MedusaResponse
) => {
  await refetchDealerTier(req.scope, req.params.id, ["id"])
  await updateTierWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const tier = await refetchDealerTier(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ tier })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchDealerTier(req.scope, req.params.id, ["id"])
  await deleteTierWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_tier", deleted: true })
}
