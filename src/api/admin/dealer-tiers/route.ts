import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createTierWorkflow } from "../../../workflows/dealer-network/workflows/create-tier"
import { refetchDealerTier } from "./helpers"
import type { AdminCreateDealerTierType } from "./validators"
import { listPage } from "../../utils/list-page"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: tiers, page } = await listPage(req, "dealer_tier")
  res.json({ tiers, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerTierType>,
  res: MedusaResponse
) => {
  const { result } = await createTierWorkflow(req.scope).run({ input: req.validatedBody })
  const tier = await refetchDealerTier(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ tier })
}
