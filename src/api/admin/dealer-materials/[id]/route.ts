import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteMaterialWorkflow } from "../../../../workflows/engagement/workflows/delete-material"
import { updateMaterialWorkflow } from "../../../../workflows/engagement/workflows/update-material"
import type { DeleteResponse, Sendable } from "../../../../types/http"
import type { DealerMaterialResponse } from "../../../../types/engagement"
import { refetchMaterial } from "../helpers"
import type { AdminUpdateMaterialType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerMaterialResponse>>) => {
  res.json({ material: await refetchMaterial(req, req.params.id) })
}

/** Changes the catalogue fields; requests already placed keep their code, title and points. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateMaterialType>,
  res: MedusaResponse<Sendable<DealerMaterialResponse>>
) => {
  await refetchMaterial(req, req.params.id)
  await updateMaterialWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ material: await refetchMaterial(req, req.params.id) })
}

/** Takes the material out of the catalogue; its requests keep their lines. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
  await deleteMaterialWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer_material", deleted: true })
}
