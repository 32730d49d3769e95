import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { WalletEntrySource } from "../types/rewards"

// What a wallet statement's entries came from, in the terms a person reads:
// a payout's form with the order numbers it offset or its promotion code, an
// approved reward's program and period (or the contest it was a prize of), an
// event's title and seats, the materials of a request. One query per page.

/** The readable source of each entry, by entry id; an entry whose source is gone gets nulls. */
export async function describeWalletEntries(knex: Knex, entryIds: string[]): Promise<Map<string, WalletEntrySource>> {
  if (!entryIds.length) return new Map()
  const { rows } = await knex.raw(
    `select e.id,
            p.form as payout_form,
            (select jsonb_agg((line->>'display_id')::int order by (line->>'display_id')::int)
               from jsonb_array_elements(coalesce(p.details->'credit_lines', '[]'::jsonb)) line) as order_numbers,
            p.details->>'code' as promotion_code,
            prg.name as program,
            a.period_key as period,
            a.explanation->'contest'->>'title' as contest,
            ev.title as event,
            r.seats,
            (select jsonb_agg(l.title order by l.title) from dealer_material_request_line l
              where e.source_type in ('material_request', 'material_refund')
                and l.request_id = e.source_id and l.deleted_at is null) as materials
       from dealer_wallet_entry e
       left join dealer_payout p on e.source_type in ('payout', 'payout_reversal') and p.id = e.source_id
       left join dealer_reward_accrual a on e.source_type = 'accrual' and a.id = e.source_id
       left join dealer_reward_program prg on prg.id = a.program_id
       left join dealer_event_registration r on e.source_type in ('event_registration', 'event_refund') and r.id = e.source_id
       left join dealer_event ev on ev.id = r.event_id
      where e.id = any(array(select jsonb_array_elements_text(?::jsonb)))`,
    [JSON.stringify(entryIds)]
  )
  return new Map(
    rows.map(({ id, ...source }: WalletEntrySource & { id: string }) => [
      id,
      { ...source, order_numbers: source.order_numbers ?? [], materials: source.materials ?? [] },
    ])
  )
}
