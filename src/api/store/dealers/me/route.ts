import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../modules/dealer-network/service"
import { dealerProfileFields } from "../../../admin/dealers/query-config"
import { dealerAccess } from "./membership"
import type { Sendable } from "../../../../types/http"
import type { StoreDealerResponse } from "../../../../types/store"

const storeDealerFields = [
  ...dealerProfileFields,
  "parent.code",
  "parent.name",
  "tier.name",
  "tier.rank",
  "tier.discount_percent",
  "tier.benefits",
  "zones.id",
  "zones.is_exclusive",
  "zones.starts_at",
  "zones.ends_at",
  "zones.territory.name",
  "zones.territory.type",
  "zones.categories.product_category.id",
  "zones.categories.product_category.name",
]

/** The logged-in customer's own dealer: its tier, zones, the agreement in force and their role. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreDealerResponse>>) => {
  const access = dealerAccess(req)
  const service: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [dealer],
    },
    agreement,
  ] = await Promise.all([
    query.graph({ entity: "dealer", fields: storeDealerFields, filters: { id: access.dealer_id } }),
    service.retrieveEffectiveAgreement(access.dealer_id),
  ])
  res.json({
    dealer,
    membership: { id: access.member_id, role: access.role },
    agreement: agreement && {
      number: agreement.number,
      version: agreement.version,
      status: agreement.status,
      valid_from: agreement.valid_from,
      valid_to: agreement.valid_to,
      discount_percent: agreement.discount_percent,
      payment_terms_days: agreement.payment_terms_days,
      credit_limit: agreement.credit_limit,
      min_monthly_turnover: agreement.min_monthly_turnover,
      min_annual_turnover: agreement.min_annual_turnover,
      interaction_rules: agreement.interaction_rules,
      support_commitments: agreement.support_commitments,
      payout_form: agreement.payout_form,
    },
  })
}
