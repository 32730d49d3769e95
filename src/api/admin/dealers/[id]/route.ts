import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteDealerWorkflow } from "../../../../workflows/dealer-network/workflows/delete-dealer"
import { updateDealerWorkflow } from "../../../../workflows/dealer-network/workflows/update-dealer"
import { refetchDealer } from "../helpers"
import type { AdminUpdateDealerType } from "../validators"
import type { DealerResponse } from "../../../../types/dealer-network"
import type { DeleteResponse, Sendable } from "../../../../types/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerResponse>>) => {
  const dealer = await refetchDealer(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ dealer })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerType>,
  res: MedusaResponse<Sendable<DealerResponse>>
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { termination, ...update } = req.validatedBody
  await updateDealerWorkflow(req.scope).run({
    input: { id: req.params.id, update, termination },
  })
  const dealer = await refetchDealer(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ dealer })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DeleteResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  await deleteDealerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "dealer", deleted: true })
}
