// The dealer network of the demo, written through the plugin's own workflows
// (tiers, territories, dealers with their customer groups, members, zones,
// agreements) so the demo data passes the same rules as data entered in the
// admin. Each entity is looked up by its natural key first.
import type { MedusaContainer } from "@medusajs/framework/types"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { activateAgreementWorkflow } from "../../workflows/dealer-network/workflows/activate-agreement"
import { addDealerMembersWorkflow } from "../../workflows/dealer-network/workflows/add-dealer-members"
import { createAgreementWorkflow } from "../../workflows/dealer-network/workflows/create-agreement"
import { createAgreementVersionWorkflow } from "../../workflows/dealer-network/workflows/create-agreement-version"
import { createDealerWorkflow } from "../../workflows/dealer-network/workflows/create-dealer"
import { createTerritoryWorkflow } from "../../workflows/dealer-network/workflows/create-territory"
import { createTierWorkflow } from "../../workflows/dealer-network/workflows/create-tier"
import { createZoneWorkflow } from "../../workflows/dealer-network/workflows/create-zone"
import { terminateAgreementWorkflow } from "../../workflows/dealer-network/workflows/terminate-agreement"
import {
  APPLICATION,
  CategoryHandle,
  DEALERS,
  DemoDealer,
  TERRITORIES,
  TIERS,
} from "./demo-data"
import { ensureCustomerAccount } from "./seed-customers"

export type NetworkSeed = {
  tier_ids: Record<string, string>
  territory_ids: Record<string, string>
  dealer_ids: Record<string, string>
  application_id: string
}

type Ctx = {
  container: MedusaContainer
  service: DealerNetworkModuleService
  now: Date
}

/** The first day (UTC) of the month `offset` months from `now`. */
export function monthStart(offset: number, now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))
}

export async function seedNetwork(
  container: MedusaContainer,
  categoryIds: Record<CategoryHandle, string>,
  now: Date = new Date()
): Promise<NetworkSeed> {
  const ctx: Ctx = { container, service: container.resolve(DEALER_NETWORK_MODULE), now }
  const tierIds = await ensureTiers(ctx)
  const territoryIds = await ensureTerritories(ctx)
  const dealerIds: Record<string, string> = {}
  // DEALERS lists every parent before its children.
  for (const dealer of DEALERS) {
    const id = await ensureDealer(ctx, dealer, tierIds, dealer.parent ? dealerIds[dealer.parent] : null)
    dealerIds[dealer.code] = id
    await ensureMembers(ctx, dealer, id)
    await ensureZones(ctx, dealer, id, territoryIds, categoryIds)
    await ensureAgreement(ctx, dealer, id)
  }
  const applicationId = await ensureApplication(ctx, territoryIds)
  return { tier_ids: tierIds, territory_ids: territoryIds, dealer_ids: dealerIds, application_id: applicationId }
}

async function ensureTiers({ container, service }: Ctx): Promise<Record<string, string>> {
  const ids: Record<string, string> = {}
  for (const tier of TIERS) {
    const [existing] = await service.listDealerTiers({ name: tier.name }, { take: 1 })
    ids[tier.name] =
      existing?.id ??
      (
        await createTierWorkflow(container).run({
          input: { ...tier, benefits: { ...tier.benefits } },
        })
      ).result.id
  }
  return ids
}

async function ensureTerritories({ container, service }: Ctx): Promise<Record<string, string>> {
  const ids: Record<string, string> = {}
  // TERRITORIES lists every parent before its children.
  for (const territory of TERRITORIES) {
    const [existing] = await service.listDealerTerritories({ code: territory.code }, { take: 1 })
    ids[territory.code] =
      existing?.id ??
      (
        await createTerritoryWorkflow(container).run({
          input: {
            code: territory.code,
            name: territory.name,
            type: territory.type,
            parent_id: territory.parent ? ids[territory.parent] : null,
            country_code: territory.country_code,
            postal_prefixes: territory.postal_prefixes ?? [],
          },
        })
      ).result.id
  }
  return ids
}

async function ensureDealer(
  { container, service }: Ctx,
  dealer: DemoDealer,
  tierIds: Record<string, string>,
  parentId: string | null
): Promise<string> {
  const [existing] = await service.listDealers({ code: dealer.code }, { take: 1 })
  if (existing) return existing.id
  const { result } = await createDealerWorkflow(container).run({
    input: {
      code: dealer.code,
      name: dealer.name,
      legal_name: dealer.legal_name,
      legal_type: dealer.legal_type,
      role: dealer.role,
      parent_id: parentId,
      tier_id: tierIds[dealer.tier],
      tier_pinned: dealer.tier_pinned ?? false,
      tax_id: dealer.tax_id,
      email: dealer.email,
      phone: dealer.phone,
      website: dealer.website,
      address_line: dealer.address_line,
      city: dealer.city,
      province: dealer.province,
      postal_code: dealer.postal_code,
      country_code: dealer.country_code,
      currency_code: "eur",
      metadata: { source: "dealer-network-demo" },
    },
  })
  return result.id
}

/** The dealer's owner and buyer: store accounts, members, and in its customer group. */
async function ensureMembers({ container, service }: Ctx, dealer: DemoDealer, dealerId: string) {
  const address = {
    company: dealer.legal_name,
    address_1: dealer.address_line,
    city: dealer.city,
    postal_code: dealer.postal_code,
    province: dealer.province,
    country_code: dealer.country_code,
  }
  const wanted = [
    { customer_id: await ensureCustomerAccount(container, dealer.owner, address), role: "owner" as const },
    { customer_id: await ensureCustomerAccount(container, dealer.buyer, address), role: "buyer" as const },
  ]
  const existing = await service.listDealerMembers({ customer_id: wanted.map((m) => m.customer_id) })
  const missing = wanted.filter((m) => !existing.some((e) => e.customer_id === m.customer_id))
  if (!missing.length) return
  await addDealerMembersWorkflow(container).run({ input: { dealer_id: dealerId, members: missing } })
}

async function ensureZones(
  { container, service, now }: Ctx,
  dealer: DemoDealer,
  dealerId: string,
  territoryIds: Record<string, string>,
  categoryIds: Record<CategoryHandle, string>
) {
  const existing = await service.listDealerZones({ dealer_id: dealerId })
  for (const zone of dealer.zones) {
    const territoryId = territoryIds[zone.territory]
    if (existing.some((z) => z.territory_id === territoryId)) continue
    await createZoneWorkflow(container).run({
      input: {
        dealer_id: dealerId,
        territory_id: territoryId,
        is_exclusive: zone.is_exclusive,
        starts_at: monthStart(zone.starts, now),
        ends_at: zone.ends === undefined ? null : monthStart(zone.ends, now),
        note: zone.note ?? null,
        product_category_ids: zone.categories.map((handle) => categoryIds[handle]),
      },
    })
  }
}

/**
 * The dealer's contract history: a draft, activated unless it stays a draft,
 * then optionally a second version or an early termination.
 */
async function ensureAgreement({ container, service, now }: Ctx, dealer: DemoDealer, dealerId: string) {
  const [existing] = await service.listDealerAgreements({ dealer_id: dealerId }, { take: 1 })
  if (existing) return
  const spec = dealer.agreement
  const { result: draft } = await createAgreementWorkflow(container).run({
    input: {
      dealer_id: dealerId,
      valid_from: monthStart(spec.valid_from, now),
      valid_to: spec.valid_to === undefined ? null : monthStart(spec.valid_to, now),
      ...spec.terms,
    },
  })
  if (spec.outcome === "draft") return
  await activateAgreementWorkflow(container).run({ input: { id: draft.id } })
  if (spec.next_version) {
    const { effective_from, changes, note } = spec.next_version
    await createAgreementVersionWorkflow(container).run({
      input: {
        id: draft.id,
        version: { ...changes, effective_from: monthStart(effective_from, now), metadata: { change_note: note } },
      },
    })
  }
  if (spec.outcome === "terminated" && spec.termination) {
    await terminateAgreementWorkflow(container).run({
      input: {
        id: draft.id,
        reason: spec.termination.reason,
        terminated_at: monthStart(spec.termination.at, now),
      },
    })
  }
}

/** A company's application to join, waiting for the admin's review. */
async function ensureApplication({ container, service }: Ctx, territoryIds: Record<string, string>) {
  const { applicant, address, desired_territory, ...application } = APPLICATION
  const customerId = await ensureCustomerAccount(container, applicant, {
    ...address,
    company: application.company_name,
    city: application.city,
    country_code: application.country_code,
  })
  const [existing] = await service.listDealerApplications({ customer_id: customerId }, { take: 1 })
  if (existing) return existing.id
  const created = await service.createDealerApplications({
    ...application,
    customer_id: customerId,
    email: applicant.email,
    phone: applicant.phone,
    desired_territory_id: territoryIds[desired_territory],
    currency_code: "eur",
  })
  return created.id
}
