import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSeasonalityProfileWorkflow } from "../../../workflows/sales-plan/workflows/create-seasonality-profile"
import { listPage } from "../../utils/list-page"
import { refetchSeasonalityProfile } from "./helpers"
import type { AdminCreateSeasonalityProfileType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: seasonality_profiles, page } = await listPage(req, "dealer_seasonality_profile")
  res.json({ seasonality_profiles, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSeasonalityProfileType>,
  res: MedusaResponse
) => {
  const { result } = await createSeasonalityProfileWorkflow(req.scope).run({ input: req.validatedBody })
  const seasonality_profile = await refetchSeasonalityProfile(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ seasonality_profile })
}
