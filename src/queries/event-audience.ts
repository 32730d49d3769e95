import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { EVENT_SHARE_FROM_MONEY } from "../types/engagement"
import { agreementInForceLateral } from "./agreement-in-force"

// Which dealers an event is for (its audience), in SQL: the store's list of
// upcoming events and the check before a registration share one definition.

/**
 * True when the active dealer `d` is in the audience held in `<alias>.audience`
 * (an event's or a contest's): named in its dealer_ids, or matching each of its
 * roles, tier_ids and territory_ids lists that is not empty (a territory: the
 * dealer has a zone there, in force now) and, when it names a parent_dealer_id
 * (a contest's "sub-network of distributor X"), standing anywhere below that
 * dealer in the tree (never the dealer itself). Nothing set: every active
 * dealer. Only dealer_ids: those dealers.
 */
export function audienceSql(alias: string): string {
  const list = (field: string) => `coalesce(${alias}.audience->'${field}', '[]'::jsonb)`
  const unset = (field: string) => `jsonb_array_length(${list(field)}) = 0`
  const parent = `nullif(${alias}.audience->>'parent_dealer_id', '')`
  return `(d.status = 'active' and d.deleted_at is null and (
  ${list("dealer_ids")} @> to_jsonb(d.id)
  or (
    not (${unset("roles")} and ${unset("tier_ids")} and ${unset("territory_ids")} and ${parent} is null and not ${unset("dealer_ids")})
    and (${unset("roles")} or ${list("roles")} @> to_jsonb(d.role::text))
    and (${unset("tier_ids")} or (d.tier_id is not null and ${list("tier_ids")} @> to_jsonb(d.tier_id)))
    and (${unset("territory_ids")} or exists (
      select 1 from dealer_zone z
       where z.dealer_id = d.id and z.deleted_at is null and z.starts_at <= now()
         and (z.ends_at is null or z.ends_at > now()) and ${list("territory_ids")} @> to_jsonb(z.territory_id)))
    and (${parent} is null or exists (
      with recursive ancestors as (
        select up.id, up.parent_id, 1 as depth from dealer up where up.id = d.parent_id and up.deleted_at is null
        union all
        select up.id, up.parent_id, a.depth + 1 from dealer up join ancestors a on up.id = a.parent_id
         where up.deleted_at is null and a.depth < 32)
      select 1 from ancestors where ancestors.id = ${parent}))
  )))`
}

/** An event's audience (the events' alias is `e`). */
export const inAudienceSql = audienceSql("e")

/** What a registration of the dealer for the event must know: whether it may, and how it may pay. */
export type EventRegistrationTerms = {
  in_audience: boolean
  /** The agreement in force lets the share be paid from money once event credit is spent. */
  share_from_money: boolean
}

export async function loadEventRegistrationTerms(
  knex: Knex,
  { eventId, dealerId }: { eventId: string; dealerId: string }
): Promise<EventRegistrationTerms | null> {
  const { rows } = await knex.raw(
    `select ${inAudienceSql} as in_audience,
            coalesce(a.support_commitments->'${EVENT_SHARE_FROM_MONEY}' = 'true'::jsonb, false) as share_from_money
       from dealer_event e
       join dealer d on d.id = ?
       left join ${agreementInForceLateral("d.id", "now()")} a on true
      where e.id = ? and e.deleted_at is null`,
    [dealerId, eventId]
  )
  return rows[0] ?? null
}

/** The ids of the published events still ahead (not ended) whose audience holds the dealer, soonest first. */
export async function listUpcomingEventIds(
  knex: Knex,
  { dealerId, limit, offset }: { dealerId: string; limit: number; offset: number }
): Promise<{ ids: string[]; count: number }> {
  const { rows } = await knex.raw(
    `select e.id, count(*) over ()::int as count
       from dealer_event e join dealer d on d.id = ?
      where e.deleted_at is null and e.status = 'published' and e.ends_at > now() and ${inAudienceSql}
      order by e.starts_at, e.id
      limit ? offset ?`,
    [dealerId, limit, offset]
  )
  return { ids: rows.map((row: { id: string }) => row.id), count: rows[0]?.count ?? 0 }
}
