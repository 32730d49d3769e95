import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { IN_FORCE_STATUSES } from "../lib/agreement-in-force"

// "The agreement in force at a moment" in SQL, the one definition every read
// model joins on; its TS twin is src/lib/agreement-in-force.ts.

const STATUSES = IN_FORCE_STATUSES.map((status) => `'${status}'`).join(", ")

/**
 * A condition true when the `dealer_agreement` row aliased `alias` is in force
 * at `at` (an SQL expression of a timestamptz: a column, or `?::timestamptz`;
 * it appears twice, so a `?` takes two bindings).
 */
export function agreementInForceSql(alias: string, at: string): string {
  return `(${alias}.deleted_at is null and ${alias}.status in (${STATUSES})
    and ${alias}.valid_from <= ${at} and (${alias}.valid_to is null or ${alias}.valid_to > ${at}))`
}

/**
 * A lateral subquery (join it `on true`) picking the version in force of the
 * dealer `dealerId` (an SQL expression) at `at`: the latest to start. The row
 * is `dealer_agreement`'s, under the alias the caller gives the join.
 */
export function agreementInForceLateral(dealerId: string, at: string): string {
  return `lateral (
    select a.* from dealer_agreement a
     where a.dealer_id = ${dealerId} and ${agreementInForceSql("a", at)}
     order by a.valid_from desc limit 1)`
}

export type AgreementInForceRow = {
  dealer_id: string
  id: string
  number: string
  version: number
  min_monthly_turnover: string | null
  min_annual_turnover: string | null
  min_monthly_quantity: number | null
}

/** Each dealer's agreement version in force at a moment (the given dealers, or all). */
export async function listAgreementsInForce(
  knex: Knex,
  filter: { at: Date; dealerIds?: string[] }
): Promise<AgreementInForceRow[]> {
  const bindings: unknown[] = [filter.at, filter.at]
  if (filter.dealerIds) bindings.push(JSON.stringify(filter.dealerIds))
  const { rows } = await knex.raw(
    `select distinct on (a.dealer_id) a.dealer_id, a.id, a.number, a.version,
            a.min_monthly_turnover::text as min_monthly_turnover, a.min_annual_turnover::text as min_annual_turnover,
            a.min_monthly_quantity
       from dealer_agreement a
      where ${agreementInForceSql("a", "?::timestamptz")}
        ${filter.dealerIds ? "and a.dealer_id = any(array(select jsonb_array_elements_text(?::jsonb)))" : ""}
      order by a.dealer_id, a.valid_from desc`,
    bindings as any[]
  )
  return rows
}
