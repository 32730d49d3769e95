import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createDealerWorkflow } from "../../../workflows/dealer-network/workflows/create-dealer"
import { refetchDealer } from "./helpers"
import type { AdminCreateDealerType } from "./validators"
import { listPage } from "../../utils/list-page"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: dealers, page } = await listPage(req, "dealer")
  res.json({ dealers, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerType>,
  res: MedusaResponse
) => {
  const { result } = await createDealerWorkflow(req.scope).run({ input: req.validatedBody })
  const dealer = await refetchDealer(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ dealer })
}
