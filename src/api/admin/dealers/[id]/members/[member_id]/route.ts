import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeDealerMembersWorkflow } from "../../../../../../workflows/dealer-network/workflows/remove-dealer-members"
import { updateDealerMemberWorkflow } from "../../../../../../workflows/dealer-network/workflows/update-dealer-member"
import type { AdminUpdateDealerMemberType } from "../../../validators"
import type { DealerMemberResponse } from "../../../../../../types/dealer-network"
import type { DeleteResponse, Sendable } from "../../../../../../types/http"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerMemberType>,
  res: MedusaResponse<Sendable<DealerMemberResponse>>
) => {
  const { result: member } = await updateDealerMemberWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, member_id: req.params.member_id, role: req.validatedBody.role },
  })
  res.json({ member })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DeleteResponse>>) => {
  await removeDealerMembersWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, member_ids: [req.params.member_id] },
  })
  res.json({ id: req.params.member_id, object: "dealer_member", deleted: true })
}
