import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createDealerWorkflow } from "../../../workflows/dealer-network/workflows/create-dealer"
import { refetchDealer } from "./helpers"
import type { AdminCreateDealerType } from "./validators"
import { listPage } from "../../utils/list-page"
import type { DealerListResponse, DealerResponse } from "../../../types/dealer-network"
import type { Sendable } from "../../../types/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerListResponse>>) => {
  const { data: dealers, page } = await listPage(req, "dealer")
  res.json({ dealers, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerType>,
  res: MedusaResponse<Sendable<DealerResponse>>
) => {
  const { result } = await createDealerWorkflow(req.scope).run({ input: req.validatedBody })
  const dealer = await refetchDealer(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ dealer })
}
