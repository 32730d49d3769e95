import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createMaterialWorkflow } from "../../../workflows/engagement/workflows/create-material"
import type { Sendable } from "../../../types/http"
import type { DealerMaterialListResponse, DealerMaterialResponse } from "../../../types/engagement"
import { listMaterials, refetchMaterial } from "./helpers"
import type { AdminCreateMaterialType } from "./validators"

/** The catalogue (filters q, kind, is_active), by code. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerMaterialListResponse>>) => {
  res.json(await listMaterials(req))
}

/** A material priced in marketing points, with its stock (none = unlimited). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateMaterialType>,
  res: MedusaResponse<Sendable<DealerMaterialResponse>>
) => {
  const { result } = await createMaterialWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ material: await refetchMaterial(req, result.id) })
}
