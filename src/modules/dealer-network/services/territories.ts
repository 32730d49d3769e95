import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizePostalCode, territoryPlacementProblem } from "../../../lib/territory-hierarchy"
import type DealerNetworkModuleService from "../service"
import type { CreateTerritoryInput, PostalAddress, TerritoryType, UpdateTerritoryInput } from "../../../types/dealer-network"
import { execute, type Row } from "./sql"
import { alreadyExists, parentCountryMismatch, territoryCountryMove } from "../../../lib/refusals"

export type TerritoryTreeRow = {
  id: string
  parent_id: string | null
  /** Levels below the territory the subtree was read for. */
  level: number
  /** Absolute depth in the territory tree (0 for a country). */
  depth: number
  code: string
  name: string
  type: TerritoryType
  country_code: string
  province: string | null
  postal_prefixes: string[]
}

export async function createTerritoryInTree(
  service: DealerNetworkModuleService,
  data: CreateTerritoryInput,
  sharedContext: Context
) {
  const parent = data.parent_id
    ? await service.retrieveDealerTerritory(data.parent_id, {}, sharedContext)
    : null
  const problem = territoryPlacementProblem(data.type, (parent?.type as TerritoryType) ?? null)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `parent_id: ${problem}`)
  const countryCode = (data.country_code ?? parent?.country_code)?.toLowerCase()
  if (!countryCode) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "country_code: required for a country")
  }
  if (parent && countryCode !== parent.country_code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      parentCountryMismatch(parent.country_code)
    )
  }
  await assertUniqueTerritoryCode(service, null, data.code, sharedContext)
  return await service.createDealerTerritories(
    {
      ...data,
      country_code: countryCode,
      province: data.province ?? parent?.province ?? null,
      postal_prefixes: (data.postal_prefixes ?? []).map(normalizePostalCode),
      depth: parent ? parent.depth + 1 : 0,
    },
    sharedContext
  )
}

export async function updateTerritoryInTree(
  service: DealerNetworkModuleService,
  id: string,
  data: UpdateTerritoryInput,
  sharedContext: Context
) {
  if (data.code) await assertUniqueTerritoryCode(service, id, data.code, sharedContext)
  const current = await service.retrieveDealerTerritory(id, {}, sharedContext)
  const moved = data.parent_id !== undefined && data.parent_id !== current.parent_id
  const depth = moved ? await depthUnder(service, current, data.parent_id ?? null, sharedContext) : current.depth
  return await service.updateDealerTerritories(
    {
      id,
      ...data,
      depth,
      ...(data.postal_prefixes && { postal_prefixes: data.postal_prefixes.map(normalizePostalCode) }),
    },
    sharedContext
  )
}

/**
 * The depth a territory takes under a new parent, once the tree's rules allow
 * the move: the type order (which also rules out moving under a descendant)
 * and the same country. Only a city can change depth (country → region), and a
 * city has nothing below it, so no other depth changes.
 */
async function depthUnder(
  service: DealerNetworkModuleService,
  territory: { type: string; country_code: string },
  parentId: string | null,
  sharedContext: Context
) {
  const parent = parentId ? await service.retrieveDealerTerritory(parentId, {}, sharedContext) : null
  const problem = territoryPlacementProblem(territory.type as TerritoryType, (parent?.type as TerritoryType) ?? null)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `parent_id: ${problem}`)
  if (parent && parent.country_code !== territory.country_code) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      territoryCountryMove(parent.country_code)
    )
  }
  return parent ? parent.depth + 1 : 0
}

async function assertUniqueTerritoryCode(
  service: DealerNetworkModuleService,
  id: string | null,
  code: string,
  sharedContext: Context
) {
  const [existing] = await service.listDealerTerritories({ code }, { take: 1 }, sharedContext)
  if (existing && existing.id !== id) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, alreadyExists("code", "territory", code))
  }
}

/** The territory and everything below it, with level relative to it (0 for the territory). */
export async function listTerritorySubtree(
  service: DealerNetworkModuleService,
  territoryId: string,
  sharedContext: Context
): Promise<TerritoryTreeRow[]> {
  return (await execute(
    sharedContext,
    `with recursive subtree as (
       select id, 0 as level from dealer_territory where id = ? and deleted_at is null
       union all
       select t.id, s.level + 1 from dealer_territory t
         join subtree s on t.parent_id = s.id
        where t.deleted_at is null
     )
     select t.id, t.parent_id, s.level, t.depth, t.code, t.name, t.type, t.country_code,
            t.province, t.postal_prefixes
       from subtree s join dealer_territory t on t.id = s.id
      order by s.level, t.name`,
    [territoryId]
  )) as TerritoryTreeRow[]
}

/**
 * The most specific territory containing the address: the deepest match,
 * and among equals the one with the longest matching postal prefix.
 */
export async function matchTerritory(
  service: DealerNetworkModuleService,
  address: PostalAddress,
  sharedContext: Context
): Promise<Row | null> {
  const match = matchTerritorySql(address)
  const [row] = await execute(sharedContext, match.sql, match.bindings)
  return row ?? null
}

/** The statement matchTerritory runs (at most one row of dealer_territory, with prefix_length), and its bindings. */
export function matchTerritorySql(address: PostalAddress): { sql: string; bindings: unknown[] } {
  const postal = normalizePostalCode(address.postal_code ?? "")
  return {
    sql: `select t.*, coalesce((
              select max(length(p)) from unnest(t.postal_prefixes) p where ? like p || '%'
            ), 0) as prefix_length
       from dealer_territory t
      where t.deleted_at is null
        and t.country_code = lower(?)
        and (t.province is null or lower(t.province) = lower(?))
        and (cardinality(t.postal_prefixes) = 0
             or exists (select 1 from unnest(t.postal_prefixes) p where ? like p || '%'))
      order by t.depth desc, prefix_length desc
      limit 1`,
    bindings: [postal, address.country_code, address.province ?? "", postal],
  }
}
