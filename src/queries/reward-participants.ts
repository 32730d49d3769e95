import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { agreementInForceLateral } from "./agreement-in-force"

export type ProgramEligibility = {
  roles?: string[]
  tier_ids?: string[]
  /** A dealer qualifies with a zone in one of these territories or below them. */
  territory_ids?: string[]
  dealer_ids?: string[]
}

const IN_LIST = "= any(array(select jsonb_array_elements_text(?::jsonb)))"

/**
 * The dealers taking part in a program at a moment: their agreement in force
 * then lists the program, and they pass its eligibility filter.
 */
export async function listProgramParticipants(
  knex: Knex,
  input: { programId: string; at: Date; eligibility: ProgramEligibility | null }
): Promise<string[]> {
  const eligibility = input.eligibility ?? {}
  const filters: string[] = []
  const bindings: unknown[] = [JSON.stringify(eligibility.territory_ids ?? []), input.at, input.at, input.programId]
  for (const [column, values] of [
    ["d.role", eligibility.roles],
    ["d.tier_id", eligibility.tier_ids],
    ["d.id", eligibility.dealer_ids],
  ] as const) {
    if (values?.length) {
      filters.push(`and ${column} ${IN_LIST}`)
      bindings.push(JSON.stringify(values))
    }
  }
  if (eligibility.territory_ids?.length) {
    filters.push(`and exists (select 1 from dealer_zone z where z.dealer_id = d.id and z.deleted_at is null
                                and z.territory_id in (select id from territories))`)
  }
  const { rows } = await knex.raw(
    `with recursive territories as (
       select t.id from dealer_territory t
        where t.deleted_at is null and t.id in (select jsonb_array_elements_text(?::jsonb))
       union all
       select child.id from dealer_territory child join territories p on child.parent_id = p.id
        where child.deleted_at is null)
     select distinct d.id
       from dealer d
       join ${agreementInForceLateral("d.id", "?::timestamptz")} a on ? = any(a.reward_program_ids)
      where d.deleted_at is null ${filters.join(" ")}
      order by d.id`,
    bindings as any[]
  )
  return rows.map((row: { id: string }) => row.id)
}
