import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../modules/dealer-network/service"
import { refetchDealer } from "../../helpers"

type TierChangeRow = { from_tier_id: string | null; to_tier_id: string | null } & Record<string, unknown>

/** The dealer's partner level (tier) history, newest first, with the tiers' names. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "dealer_tier_change",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, dealer_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  const changes = data as TierChangeRow[]
  const tierIds = [
    ...new Set(changes.flatMap((change) => [change.from_tier_id, change.to_tier_id]).filter(Boolean)),
  ] as string[]
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const tiers = tierIds.length
    ? await network.listDealerTiers({ id: tierIds }, { select: ["id", "name", "rank"], withDeleted: true })
    : []
  const tierOf = new Map(tiers.map((tier) => [tier.id, { id: tier.id, name: tier.name, rank: tier.rank }]))
  res.json({
    tier_changes: changes.map((change) => ({
      ...change,
      from_tier: change.from_tier_id ? tierOf.get(change.from_tier_id) ?? null : null,
      to_tier: change.to_tier_id ? tierOf.get(change.to_tier_id) ?? null : null,
    })),
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
}
