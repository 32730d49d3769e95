import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { placementProblem } from "../../../lib/dealer-hierarchy"
import type DealerNetworkModuleService from "../service"
import type { CreateDealerInput, DealerRole, DealerTreeRow, UpdateDealerInput } from "../../../types/dealer-network"
import { execute, lock } from "./sql"
import { OWN_PARENT, UNDER_OWN_DESCENDANT, childPlacementRefused, dealerFieldTaken } from "../../../lib/refusals"

// The dealer tree (distributor → dealer → sub-dealer): reads and the writes that must keep it valid.

// Serialises writes that must check the whole tree before writing.
const TREE_LOCK = "dealer_network_tree"

/** Ids of the dealer and everything below it, with depth relative to it. */
export async function listSubtree(
  service: DealerNetworkModuleService,
  dealerId: string,
  sharedContext: Context
): Promise<DealerTreeRow[]> {
  return (await execute(
    sharedContext,
    `with recursive subtree as (
       select id, parent_id, 0 as depth from dealer where id = ? and deleted_at is null
       union all
       select d.id, d.parent_id, s.depth + 1 from dealer d
         join subtree s on d.parent_id = s.id
        where d.deleted_at is null
     )
     select d.id, d.parent_id, s.depth, d.code, d.name, d.role, d.status, d.tier_id
       from subtree s join dealer d on d.id = s.id
      order by s.depth, d.name`,
    [dealerId]
  )) as DealerTreeRow[]
}

/** The dealer's ancestors, nearest first. */
export async function listAncestors(
  service: DealerNetworkModuleService,
  dealerId: string,
  sharedContext: Context
): Promise<DealerTreeRow[]> {
  return (await execute(
    sharedContext,
    `with recursive ancestors as (
       select parent_id as id, 1 as depth from dealer where id = ? and deleted_at is null
       union all
       select d.parent_id, a.depth + 1 from dealer d
         join ancestors a on d.id = a.id
        where d.parent_id is not null and d.deleted_at is null
     )
     select d.id, d.parent_id, a.depth, d.code, d.name, d.role, d.status, d.tier_id
       from ancestors a join dealer d on d.id = a.id and d.deleted_at is null
      order by a.depth`,
    [dealerId]
  )) as DealerTreeRow[]
}

/** The dealers with these codes (id, code, currency), in one query: an import checks thousands at once. */
export async function findDealersByCode(
  service: DealerNetworkModuleService,
  codes: string[],
  sharedContext: Context
): Promise<{ id: string; code: string; currency_code: string }[]> {
  if (!codes.length) return []
  return (await execute(
    sharedContext,
    `select id, code, currency_code from dealer
      where deleted_at is null and code in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(codes)]
  )) as { id: string; code: string; currency_code: string }[]
}

export async function createDealerInNetwork(
  service: DealerNetworkModuleService,
  data: CreateDealerInput,
  sharedContext: Context
) {
  await lock(sharedContext, TREE_LOCK)
  const role = data.role ?? "dealer"
  await assertPlacement(service, null, role, data.parent_id ?? null, sharedContext)
  await assertUniqueDealerFields(service, null, data, sharedContext)
  await assertTierExists(service, data.tier_id, sharedContext)
  return await service.createDealers(
    { ...data, role, currency_code: data.currency_code ?? service.getOptions().defaultCurrency },
    sharedContext
  )
}

export async function updateDealerInNetwork(
  service: DealerNetworkModuleService,
  id: string,
  data: UpdateDealerInput,
  sharedContext: Context
) {
  await lock(sharedContext, TREE_LOCK)
  const current = await service.retrieveDealer(id, {}, sharedContext)
  const role = (data.role ?? current.role) as DealerRole
  const parentId = data.parent_id === undefined ? current.parent_id : data.parent_id
  if (role !== current.role || parentId !== current.parent_id) {
    await assertPlacement(service, id, role, parentId, sharedContext)
  }
  await assertUniqueDealerFields(service, id, data, sharedContext)
  await assertTierExists(service, data.tier_id, sharedContext)
  return await service.updateDealers({ id, ...data }, sharedContext)
}

export async function assertDealerRemovable(
  service: DealerNetworkModuleService,
  id: string,
  sharedContext: Context
) {
  await lock(sharedContext, TREE_LOCK)
  const dealer = await service.retrieveDealer(id, { relations: ["children"] }, sharedContext)
  if (dealer.children.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dealer ${dealer.code} has ${dealer.children.length} partner(s) below it; move or delete them first`
    )
  }
  return dealer
}

async function assertPlacement(
  service: DealerNetworkModuleService,
  dealerId: string | null,
  role: DealerRole,
  parentId: string | null,
  sharedContext: Context
) {
  let parentRole: DealerRole | null = null
  if (parentId) {
    if (parentId === dealerId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, OWN_PARENT)
    }
    const [parent] = await service.listDealers({ id: parentId }, { take: 1 }, sharedContext)
    if (!parent) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `parent_id: dealer ${parentId} was not found`)
    }
    parentRole = parent.role as DealerRole
  }
  if (dealerId) {
    const subtree = await service.listSubtree(dealerId, sharedContext)
    if (parentId && subtree.some((row) => row.id === parentId)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        UNDER_OWN_DESCENDANT
      )
    }
    const childProblem = subtree
      .filter((row) => row.parent_id === dealerId)
      .map((child) => placementProblem(child.role as DealerRole, role))
      .find(Boolean)
    if (childProblem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, childPlacementRefused(childProblem))
    }
  }
  const problem = placementProblem(role, parentRole)
  if (problem) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `parent_id: ${problem}`)
  }
}

async function assertUniqueDealerFields(
  service: DealerNetworkModuleService,
  dealerId: string | null,
  data: { code?: string; tax_id?: string | null },
  sharedContext: Context
) {
  for (const field of ["code", "tax_id"] as const) {
    const value = data[field]
    if (!value) continue
    const [existing] = await service.listDealers({ [field]: value }, { take: 1 }, sharedContext)
    if (existing && existing.id !== dealerId) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        dealerFieldTaken(field, existing.code, value)
      )
    }
  }
}

async function assertTierExists(
  service: DealerNetworkModuleService,
  tierId: string | null | undefined,
  sharedContext: Context
) {
  if (!tierId) return
  const [tier] = await service.listDealerTiers({ id: tierId }, { take: 1 }, sharedContext)
  if (!tier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `tier_id: tier ${tierId} was not found`)
  }
}

export async function assertDealerExists(
  service: DealerNetworkModuleService,
  dealerId: string,
  sharedContext: Context
) {
  const [dealer] = await service.listDealers({ id: dealerId }, { take: 1 }, sharedContext)
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `dealer_id: dealer ${dealerId} was not found`)
  }
  return dealer
}
