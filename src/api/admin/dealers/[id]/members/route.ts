import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDealerMembersWorkflow } from "../../../../../workflows/dealer-network/workflows/add-dealer-members"
import { adminDealerMemberFields } from "../../query-config"
import { refetchDealer } from "../../helpers"
import type { AdminAddDealerMemberType } from "../../validators"
import { listPage } from "../../../../utils/list-page"
import type { DealerMemberListResponse, DealerMemberResponse } from "../../../../../types/dealer-network"
import type { Sendable } from "../../../../../types/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerMemberListResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { data: members, page } = await listPage(req, "dealer_member", { ...req.filterableFields, dealer_id: req.params.id })
  res.json({ members, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddDealerMemberType>,
  res: MedusaResponse<Sendable<DealerMemberResponse>>
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { result } = await addDealerMembersWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, members: [req.validatedBody] },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "dealer_member",
    fields: adminDealerMemberFields,
    filters: { id: result[0].id },
  })
  res.status(201).json({ member })
}
