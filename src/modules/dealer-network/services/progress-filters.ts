import type { Context } from "@medusajs/framework/types"
import type { Dealer, PartnerLevel } from "../../../types/dealer-network"
import type DealerNetworkModuleService from "../service"
import { execute } from "./sql"

/**
 * Which dealers a ranking or a territory roll-up covers
 * (src/api/admin/dealer-progress, src/api/admin/dealer-territories/[id]/progress).
 */
export type DealerProgressFilter = {
  role?: string[]
  tier_id?: string[]
  parent_id?: string[]
  territory_id?: string
  zone_active?: { from: Date; to: Date }
}

/**
 * Ids of the dealers matching every given filter, in one query: `role`,
 * `tier_id` and `parent_id` (direct children) match any of their values;
 * `territory_id` keeps dealers with a zone in that territory or anywhere
 * below it, and with `zone_active` only zones in force at some time in
 * [from, to) (a zone's `ends_at` is exclusive).
 */
export async function listDealerIdsForProgress(
  service: DealerNetworkModuleService,
  filter: DealerProgressFilter,
  sharedContext: Context
): Promise<string[]> {
  const conditions = ["d.deleted_at is null"]
  const params: unknown[] = []
  let territories = ""
  if (filter.territory_id) {
    territories = `with recursive territories as (
       select id from dealer_territory where id = ? and deleted_at is null
       union all
       select t.id from dealer_territory t join territories s on t.parent_id = s.id
        where t.deleted_at is null
     )`
    params.push(filter.territory_id)
    const active = filter.zone_active
      ? "and z.starts_at < ?::timestamptz and coalesce(z.ends_at, 'infinity') > ?::timestamptz"
      : ""
    conditions.push(
      `exists (select 1 from dealer_zone z
                where z.dealer_id = d.id and z.deleted_at is null
                  and z.territory_id in (select id from territories) ${active})`
    )
    if (filter.zone_active) params.push(filter.zone_active.to, filter.zone_active.from)
  }
  // Knex would spread a JS array into a list of parameters; pass JSON instead.
  for (const column of ["role", "tier_id", "parent_id"] as const) {
    const values = filter[column]
    if (!values) continue
    conditions.push(`d.${column} in (select jsonb_array_elements_text(?::jsonb))`)
    params.push(JSON.stringify(values))
  }
  const rows = await execute(
    sharedContext,
    `${territories}
     select d.id from dealer d
      where ${conditions.join(" and ")}
      order by d.id`,
    params
  )
  return rows.map((row) => row.id as string)
}

/** A dealer as a ranking's page shows it: who it is and its tier. */
export type RankedDealer = Pick<Dealer, "id" | "code" | "name" | "role" | "status" | "currency_code"> & {
  tier: Pick<PartnerLevel, "id" | "name" | "rank"> | null
}

/** The dealers of a ranking's page with their tiers, in one query (the ORM took 3 times the ranking to load them). */
export async function listRankedDealers(ids: string[], sharedContext: Context): Promise<RankedDealer[]> {
  const rows = await execute(
    sharedContext,
    `select d.id, d.code, d.name, d.role, d.status, d.currency_code, t.id as tier_id, t.name as tier_name, t.rank as tier_rank
       from dealer d
       left join dealer_tier t on t.id = d.tier_id and t.deleted_at is null
      where d.deleted_at is null and d.id = any(array(select jsonb_array_elements_text(?::jsonb)))`,
    [JSON.stringify(ids)]
  )
  return rows.map(({ tier_id, tier_name, tier_rank, ...dealer }) => ({
    ...(dealer as Omit<RankedDealer, "tier">),
    tier: tier_id ? { id: tier_id, name: tier_name, rank: tier_rank } : null,
  }))
}
