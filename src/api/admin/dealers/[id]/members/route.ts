import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDealerMembersWorkflow } from "../../../../../workflows/dealer-network/workflows/add-dealer-members"
import { adminDealerMemberFields } from "../../query-config"
import { refetchDealer } from "../../helpers"
import type { AdminAddDealerMemberType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members, metadata } = await query.graph({
    entity: "dealer_member",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, dealer_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({ members, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddDealerMemberType>,
  res: MedusaResponse
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
