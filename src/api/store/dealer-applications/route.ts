import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { submitDealerApplicationWorkflow } from "../../../workflows/dealer-network/workflows/submit-dealer-application"
import { dealerApplicationFields } from "../../admin/dealer-applications/query-config"
import type { StoreCreateDealerApplicationType } from "./validators"
import type { Sendable } from "../../../types/http"
import type { StoreDealerApplicationListResponse, StoreDealerApplicationResponse } from "../../../types/store"

const storeApplicationFields = dealerApplicationFields.filter(
  (field) => !["customer_id", "dealer_id", "updated_at"].includes(field)
)

/** The logged-in customer's own applications. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreDealerApplicationListResponse>>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: applications } = await query.graph({
    entity: "dealer_application",
    fields: storeApplicationFields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ applications })
}

/** Applies to become a dealer, as the logged-in customer. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateDealerApplicationType>,
  res: MedusaResponse<Sendable<StoreDealerApplicationResponse>>
) => {
  const customerId = req.auth_context.actor_id
  const email =
    req.validatedBody.email ??
    (await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)).email
  const { result } = await submitDealerApplicationWorkflow(req.scope).run({
    input: { ...req.validatedBody, email, customer_id: customerId },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [application],
  } = await query.graph({
    entity: "dealer_application",
    fields: storeApplicationFields,
    filters: { id: result.id },
  })
  res.status(201).json({ application })
}
