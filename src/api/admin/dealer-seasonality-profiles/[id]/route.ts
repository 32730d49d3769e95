import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSeasonalityProfileWorkflow } from "../../../../workflows/sales-plan/workflows/delete-seasonality-profile"
import { updateSeasonalityProfileWorkflow } from "../../../../workflows/sales-plan/workflows/update-seasonality-profile"
import { refetchSeasonalityProfile } from "../helpers"
import type { AdminUpdateSeasonalityProfileType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const seasonality_profile = await refetchSeasonalityProfile(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ seasonality_profile })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSeasonalityProfileType>,
  res: MedusaResponse
) => {
  await refetchSeasonalityProfile(req.scope, req.params.id, ["id"])
  await updateSeasonalityProfileWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const seasonality_profile = await refetchSeasonalityProfile(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ seasonality_profile })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchSeasonalityProfile(req.scope, req.params.id, ["id"])
  await deleteSeasonalityProfileWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_seasonality_profile", deleted: true })
}
