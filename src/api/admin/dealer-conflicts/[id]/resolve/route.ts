import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveConflictCaseWorkflow } from "../../../../../workflows/sales-plan/workflows/resolve-conflict-case"
import { refetchDealerConflict, refetchDealerConflictWithContributions } from "../../helpers"
import type { AdminResolveDealerConflictType } from "../../validators"

/** An admin's resolution of an open case; a case that is not open answers 400. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminResolveDealerConflictType>,
  res: MedusaResponse
) => {
  await refetchDealerConflict(req.scope, req.params.id, ["id"])
  await resolveConflictCaseWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, resolved_by: req.auth_context.actor_id },
  })
  const conflict = await refetchDealerConflictWithContributions(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ conflict })
}
