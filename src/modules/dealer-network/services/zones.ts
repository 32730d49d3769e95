import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { agreementInForceSql } from "../../../queries/agreement-in-force"
import type { OrderSaleLocation, OrderSaleLocationInput, OrderZoneCheck, OrderZoneCheckInput } from "../conflict-types"
import type DealerNetworkModuleService from "../service"
import type { CreateZoneInput, UpdateZoneInput } from "../../../types/dealer-network"
import { assertDealerExists } from "./dealers"
import { execute, lock, Row } from "./sql"
import { matchTerritorySql } from "./territories"

// Zones of responsibility (dealer × territory × assortment) and the checks that read them.

// Serialises writes that must check all zones before writing.
const ZONE_LOCK = "dealer_network_zones"

export async function createZoneWithAssortment(
  service: DealerNetworkModuleService,
  data: CreateZoneInput,
  sharedContext: Context
) {
  const { product_category_ids = [], ...zoneData } = data
  await lock(sharedContext, ZONE_LOCK)
  await assertDealerExists(service, zoneData.dealer_id, sharedContext)
  await service.retrieveDealerTerritory(zoneData.territory_id, {}, sharedContext)
  await assertNoZoneConflict(
    { ...zoneData, id: null, is_exclusive: zoneData.is_exclusive ?? false, product_category_ids },
    sharedContext
  )
  const zone = await service.createDealerZones(zoneData, sharedContext)
  if (product_category_ids.length) {
    await service.createDealerZoneCategories(
      product_category_ids.map((product_category_id) => ({ zone_id: zone.id, product_category_id })),
      sharedContext
    )
  }
  return zone
}

export async function updateZoneWithAssortment(
  service: DealerNetworkModuleService,
  id: string,
  data: UpdateZoneInput,
  sharedContext: Context
) {
  await lock(sharedContext, ZONE_LOCK)
  const current = await service.retrieveDealerZone(id, { relations: ["categories"] }, sharedContext)
  const { product_category_ids, ...zoneData } = data
  const next: ZoneShape = {
    id,
    dealer_id: current.dealer_id,
    territory_id: zoneData.territory_id ?? current.territory_id,
    is_exclusive: zoneData.is_exclusive ?? current.is_exclusive,
    starts_at: zoneData.starts_at ?? current.starts_at,
    ends_at: zoneData.ends_at === undefined ? current.ends_at : zoneData.ends_at,
    product_category_ids:
      product_category_ids ?? current.categories.map((c) => c.product_category_id),
  }
  if (zoneData.territory_id) await service.retrieveDealerTerritory(zoneData.territory_id, {}, sharedContext)
  await assertNoZoneConflict(next, sharedContext)
  const zone = await service.updateDealerZones({ id, ...zoneData }, sharedContext)
  if (product_category_ids) {
    await service.deleteDealerZoneCategories(current.categories.map((c) => c.id), sharedContext)
    if (product_category_ids.length) {
      await service.createDealerZoneCategories(
        product_category_ids.map((product_category_id) => ({ zone_id: id, product_category_id })),
        sharedContext
      )
    }
  }
  return zone
}

/** A zone as the overlap rule reads it: a stored zone, or one about to be written (`id` null when new). */
export type ZoneShape = {
  id: string | null
  dealer_id: string
  territory_id: string
  is_exclusive: boolean
  starts_at: Date | string
  ends_at?: Date | string | null
  product_category_ids: string[]
}

/** A zone of another dealer that overlaps `zone_id` under the rule of {@link overlapSql}. */
export type ZoneOverlapRow = {
  zone_id: string
  other_zone_id: string
  other_dealer_id: string
  other_dealer_code: string
  other_territory_name: string
}

/**
 * The one definition of two zones overlapping: zones of different dealers
 * overlap when they cover the same place (the same territory, or one above or
 * below it), the same assortment (a zone without categories covers all of it)
 * and the same time, and either is exclusive. `candidates` is a select of
 * (id, dealer_id, territory_id, is_exclusive, starts_at, ends_at,
 * category_ids jsonb); the answer is one row per candidate and stored zone
 * overlapping it.
 */
function overlapSql(candidates: string) {
  return `with recursive candidate as (${candidates}),
     lineage as (
       select id as territory_id, id as ancestor_id from dealer_territory where deleted_at is null
       union all
       select l.territory_id, t.parent_id from lineage l
         join dealer_territory t on t.id = l.ancestor_id
        where t.parent_id is not null and t.deleted_at is null
     )
     select c.id as zone_id, z.id as other_zone_id, z.dealer_id as other_dealer_id,
            d.code as other_dealer_code, t.name as other_territory_name
       from candidate c
       join dealer_zone z on z.deleted_at is null
        and z.id <> coalesce(c.id, '')
        and z.dealer_id <> c.dealer_id
        and (z.is_exclusive or c.is_exclusive)
        and z.starts_at < coalesce(c.ends_at, 'infinity')
        and coalesce(z.ends_at, 'infinity') > c.starts_at
       join dealer d on d.id = z.dealer_id
       join dealer_territory t on t.id = z.territory_id
      where exists (select 1 from lineage l
                     where (l.territory_id = c.territory_id and l.ancestor_id = z.territory_id)
                        or (l.territory_id = z.territory_id and l.ancestor_id = c.territory_id))
        and (jsonb_array_length(c.category_ids) = 0
             or not exists (select 1 from dealer_zone_category zc where zc.zone_id = z.id and zc.deleted_at is null)
             or exists (select 1 from dealer_zone_category zc
                         where zc.zone_id = z.id and zc.deleted_at is null
                           and zc.product_category_id = any(array(select jsonb_array_elements_text(c.category_ids)))))
      order by c.id, d.code, z.starts_at, z.id`
}

/** The stored zones as candidates of {@link overlapSql}. */
const STORED_ZONES = `select z.id, z.dealer_id, z.territory_id, z.is_exclusive, z.starts_at, z.ends_at,
         coalesce((select jsonb_agg(zc.product_category_id) from dealer_zone_category zc
                    where zc.zone_id = z.id and zc.deleted_at is null), '[]'::jsonb) as category_ids
    from dealer_zone z where z.deleted_at is null`

/** Every pair of stored zones that overlap (each pair answered from both sides). */
export async function listZoneOverlaps(sharedContext: Context): Promise<ZoneOverlapRow[]> {
  return (await execute(sharedContext, overlapSql(STORED_ZONES))) as ZoneOverlapRow[]
}

/** Refuses a zone that would overlap another dealer's zone, naming the first one. */
async function assertNoZoneConflict(zone: ZoneShape, sharedContext: Context) {
  const [conflict] = (await execute(
    sharedContext,
    overlapSql(`select ?::text as id, ?::text as dealer_id, ?::text as territory_id, ?::boolean as is_exclusive,
                       ?::timestamptz as starts_at, ?::timestamptz as ends_at, ?::jsonb as category_ids`),
    [
      zone.id,
      zone.dealer_id,
      zone.territory_id,
      zone.is_exclusive,
      new Date(zone.starts_at),
      zone.ends_at ? new Date(zone.ends_at) : null,
      // Knex would spread a JS array into a list of parameters; pass JSON instead.
      JSON.stringify(zone.product_category_ids),
    ]
  )) as ZoneOverlapRow[]
  if (conflict) throw zoneConflictError(conflict)
}

/** A refusal of an overlapping zone; `overlapping_zone_id` lets a workflow describe that zone in full. */
export type ZoneOverlapError = MedusaError & { overlapping_zone_id: string }

function zoneConflictError(conflict: ZoneOverlapRow): ZoneOverlapError {
  const error = new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    `territory_id: overlaps a zone of dealer ${conflict.other_dealer_code} in ${conflict.other_territory_name} for the same assortment and dates, and one of them is exclusive`
  )
  return Object.assign(error, { overlapping_zone_id: conflict.other_zone_id })
}

/**
 * The zone check of an order, in one query: another dealer's exclusive zone
 * in force at the order date that covers the order's territory (or one above
 * it) and any of its categories (a zone without categories covers them all),
 * the most specific first; and whether the seller has zones in force and
 * any of the order's categories lies in them. Zones of the seller's own
 * upline (its parent dealer, distributor) are not a conflict: it sells inside
 * its own network there.
 */
export async function checkOrderZones(
  service: DealerNetworkModuleService,
  input: OrderZoneCheckInput,
  sharedContext: Context
): Promise<OrderZoneCheck> {
  const check = zoneCheckSql(
    { sql: "select ?::text as id", bindings: [input.seller_dealer_id] },
    { sql: "select ?::text as id", bindings: [input.territory_id] },
    input
  )
  const [row] = await execute(sharedContext, `${check.ctes} select ${check.columns}`, check.bindings)
  return zoneCheckOf(row)
}

/**
 * Everything the attribution of an order reads from the dealer network, in
 * one query: the dealer of the customer's membership (the seller), the
 * territory of the shipping address (matchTerritory), the zone check
 * (checkOrderZones) and the conflict terms of the seller's agreement in force
 * at the order date. Without a membership, `dealer_id` is null.
 */
export async function locateOrderSale(
  service: DealerNetworkModuleService,
  input: OrderSaleLocationInput,
  sharedContext: Context
): Promise<OrderSaleLocation> {
  const country = input.address?.country_code
  const match = country ? matchTerritorySql({ ...input.address, country_code: country }) : null
  const check = zoneCheckSql(
    {
      sql: "select dealer_id as id from dealer_member where customer_id = ? and deleted_at is null limit 1",
      bindings: [input.customer_id],
    },
    match
      ? { sql: `select id from (${match.sql}) matched`, bindings: match.bindings }
      : { sql: "select null::text as id", bindings: [] },
    input
  )
  const [row] = await execute(
    sharedContext,
    `${check.ctes}
     select (select id from seller) as dealer_id, (select id from target) as territory_id, ${check.columns},
            (select row_to_json(terms) from (
               select a.conflict_policy, coalesce(a.raw_split_share_percent->>'value', a.split_share_percent::text) as split_share_percent
                 from dealer_agreement a
                where a.dealer_id = (select id from seller) and ${agreementInForceSql("a", "?::timestamptz")}
                order by a.valid_from desc limit 1) terms) as terms`,
    [...check.bindings, input.at, input.at]
  )
  return { dealer_id: row.dealer_id ?? null, territory_id: row.territory_id ?? null, check: zoneCheckOf(row), terms: row.terms ?? null }
}

type SqlPart = { sql: string; bindings: unknown[] }

/**
 * The zone check's CTEs (after `with recursive`, starting with `seller` and
 * `target`, the one-row relations (id) of the seller and the order's
 * territory) and its result columns, with their bindings in order.
 */
function zoneCheckSql(seller: SqlPart, territory: SqlPart, input: { category_ids: string[]; at: Date }) {
  const ctes = `with recursive seller as (${seller.sql}), target as (${territory.sql}), place as (
       select id, parent_id, depth from dealer_territory where id = (select id from target) and deleted_at is null
       union all
       select t.id, t.parent_id, t.depth from dealer_territory t
         join place p on t.id = p.parent_id
        where t.deleted_at is null
     ), upline as (
       select parent_id as id from dealer where id = (select id from seller) and deleted_at is null
       union all
       select d.parent_id from dealer d join upline u on d.id = u.id where d.deleted_at is null
     ), order_categories as (
       select jsonb_array_elements_text(?::jsonb) as id
     ), zones as (
       select z.id, z.dealer_id, z.territory_id, z.is_exclusive, z.starts_at,
              not exists (select 1 from dealer_zone_category c
                           where c.zone_id = z.id and c.deleted_at is null) as whole_assortment,
              exists (select 1 from dealer_zone_category c
                       where c.zone_id = z.id and c.deleted_at is null
                         and c.product_category_id in (select id from order_categories)) as has_order_category
         from dealer_zone z
        where z.deleted_at is null
          -- An array, not "in (select …)": both sides of the "or" then use their index
          -- (a bitmap or), where a hashed subplan made every check scan all the zones.
          and (z.dealer_id = (select id from seller) or z.territory_id = any(array(select id from place)))
          and z.starts_at <= ?::timestamptz
          and coalesce(z.ends_at, 'infinity') > ?::timestamptz
     ), foreign_zone as (
       select z.id as zone_id, z.dealer_id, z.territory_id
         from zones z
         join place p on p.id = z.territory_id
         join dealer d on d.id = z.dealer_id and d.deleted_at is null
        where z.is_exclusive
          and z.dealer_id <> (select id from seller)
          and z.dealer_id not in (select id from upline where id is not null)
          and (z.whole_assortment or z.has_order_category)
        order by p.depth desc, z.whole_assortment, z.starts_at, z.id
        limit 1
     )`
  const columns = `(select row_to_json(f) from foreign_zone f) as foreign_zone,
            exists (select 1 from zones where dealer_id = (select id from seller)) as seller_has_zones,
            exists (select 1 from zones
                     where dealer_id = (select id from seller) and (whole_assortment or has_order_category)) as seller_covers_order`
  return {
    ctes,
    columns,
    // Knex would spread a JS array into a list of parameters; pass JSON instead.
    bindings: [...seller.bindings, ...territory.bindings, JSON.stringify(input.category_ids), input.at, input.at],
  }
}

function zoneCheckOf(row: Row): OrderZoneCheck {
  return {
    foreign_zone: row.foreign_zone ?? null,
    seller_has_zones: Boolean(row.seller_has_zones),
    seller_covers_order: Boolean(row.seller_covers_order),
  }
}

/**
 * The product categories a dealer may sell at a moment, from its zones in
 * force: `restricted` is false when it has no zone, or a zone without
 * categories (the whole assortment).
 */
export async function retrieveAssortment(
  service: DealerNetworkModuleService,
  dealerId: string,
  at: Date,
  sharedContext: Context
): Promise<{ restricted: boolean; category_ids: string[] }> {
  const rows = await execute(
    sharedContext,
    `select z.id as zone_id, c.product_category_id
       from dealer_zone z
       left join dealer_zone_category c on c.zone_id = z.id and c.deleted_at is null
      where z.dealer_id = ? and z.deleted_at is null
        and z.starts_at <= ?::timestamptz and coalesce(z.ends_at, 'infinity') > ?::timestamptz`,
    [dealerId, at, at]
  )
  const wholeAssortment = !rows.length || rows.some((row) => row.product_category_id === null)
  return {
    restricted: !wholeAssortment,
    category_ids: wholeAssortment ? [] : [...new Set(rows.map((row) => row.product_category_id as string))],
  }
}
