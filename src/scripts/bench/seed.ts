import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rewardProgramSchema } from "../../modules/rewards/schemas"
import { applyToTotalsSql } from "../../modules/sales-plan/ledger-totals"
import { REBUILD_STANDING_SQL } from "../../modules/sales-plan/period-standing"
import { createRewardProgramWorkflow } from "../../workflows/rewards/workflows/create-reward-program"
import { inBulkTransaction, withoutIndexes } from "./bulk-load"
import { BENCH_PROGRAMS } from "./programs"
import { BENCH_MONTHS, BenchScale } from "./scale"

// The benchmark's network, generated in PostgreSQL (generate_series), never
// row by row from JavaScript: distributors (1 in 100), dealers (40 %) and
// sub-dealers under them, each with its customer group; territories country →
// region → city with a zone per dealer; an agreement per dealer under every
// program; a plan with three focus targets per dealer and month; the orders
// spread over the months, 3 lines each, over 200 products in 20 categories
// under 4 parent categories.

const PRODUCTS = 200
const COUNTRIES = ["de", "at", "pl", "cz"]

const raw = (expression: string) => `jsonb_build_object('value', (${expression})::text, 'precision', 20)`

async function seedDealers(pg: any, dealers: number) {
  const distributors = Math.max(1, Math.floor(dealers / 100))
  const mids = Math.floor(dealers * 0.4)
  const insert = (prefix: string, code: string, name: string, role: string, parent: string) =>
    `insert into dealer (id, code, name, role, status, currency_code, parent_id)
     select 'dlr_${prefix}' || i, '${code}' || i, '${name} ' || i, '${role}', 'active', 'eur', ${parent}
       from generate_series(1, ?) i`
  await pg.raw(insert("d", "D", "Distributor", "distributor", "null"), [distributors])
  await pg.raw(insert("m", "M", "Dealer", "dealer", `'dlr_d' || (1 + i % ${distributors})`), [mids])
  await pg.raw(insert("s", "S", "Sub-dealer", "sub_dealer", `'dlr_m' || (1 + i % ${mids})`), [dealers - distributors - mids])
  // Each dealer's customer group (its members' prices), named as createDealerWorkflow names it.
  await pg.raw(
    `insert into customer_group (id, name, metadata)
     select 'cusgroup_' || id, 'Dealer ' || code || ': ' || name, jsonb_build_object('dealer_id', id) from dealer`
  )
  await pg.raw("update dealer set customer_group_id = 'cusgroup_' || id")
}

async function seedTerritories(pg: any, territories: number) {
  const countries = Math.min(COUNTRIES.length, territories)
  const regions = Math.max(1, Math.floor((territories - countries) / 5))
  const cities = Math.max(1, territories - countries - regions)
  await pg.raw(
    `insert into dealer_territory (id, code, name, type, country_code, depth)
     select 'dterr_c' || i, upper(c), 'Country ' || upper(c), 'country', c, 0
       from unnest(?::text[]) with ordinality as t(c, i)`,
    [COUNTRIES.slice(0, countries)]
  )
  await pg.raw(
    `insert into dealer_territory (id, code, name, type, country_code, depth, parent_id)
     select 'dterr_r' || i, 'R' || i, 'Region ' || i, 'region', p.country_code, 1, p.id
       from generate_series(1, ?) i join dealer_territory p on p.id = 'dterr_c' || (1 + i % ?)`,
    [regions, countries]
  )
  await pg.raw(
    `insert into dealer_territory (id, code, name, type, country_code, depth, parent_id, postal_prefixes)
     select 'dterr_t' || i, 'T' || i, 'City ' || i, 'city', p.country_code, 2, p.id, array[lpad(i::text, 4, '0')]
       from generate_series(1, ?) i join dealer_territory p on p.id = 'dterr_r' || (1 + i % ?)`,
    [cities, regions]
  )
  await pg.raw(
    `insert into dealer_zone (id, dealer_id, territory_id, starts_at, is_exclusive)
     select 'dzone_' || d.id, d.id, 'dterr_t' || (1 + abs(hashtext(d.id)) % ?), '2025-01-01', false from dealer d`,
    [cities]
  )
}

async function seedAgreements(pg: any, programIds: string[]) {
  await pg.raw(
    `insert into dealer_agreement (id, number, status, valid_from, dealer_id, reward_program_ids, activated_at)
     select 'dagr_' || d.id, 'AGR-' || d.code || '-001', 'active', '2025-01-01', d.id, ?::text[], '2025-01-01' from dealer d`,
    [programIds]
  )
}

async function seedPlans(pg: any) {
  await pg.raw(
    `insert into dealer_sales_plan (id, dealer_id, period_key, currency_code, target_amount, raw_target_amount, target_order_count)
     select 'dplan_' || d.id || '_' || m, d.id, m, 'eur', p.amount, ${raw("p.amount")}, 8
       from dealer d cross join unnest(?::text[]) m
       cross join lateral (select 3000 + (abs(hashtext(d.id || m)) % 40) * 100 as amount) p`,
    [BENCH_MONTHS]
  )
  await pg.raw(
    `insert into dealer_plan_target (id, plan_id, target_type, target_id, metric, target_value, raw_target_value)
     select 'dptgt_' || p.id || '_' || t.n, p.id, t.type, t.ref, t.metric, t.value, ${raw("t.value")}
       from dealer_sales_plan p
       cross join lateral (values
         (1, 'category', 'pcat_' || (abs(hashtext(p.dealer_id)) % 20), 'amount', 1000),
         (2, 'product', 'prod_' || (abs(hashtext(p.dealer_id)) % ${PRODUCTS}), 'quantity', 10),
         (3, 'category', 'pcat_' || ((abs(hashtext(p.dealer_id)) + 7) % 20), 'amount', 800)) t(n, type, ref, metric, value)`
  )
}

/** Line n of order i: its product, units and amount (formulas shared by both inserts). */
const LINE = {
  product: `((i * 3 + n) % ${PRODUCTS})`,
  quantity: `(1 + (i + n) % 5)`,
  amount: `(case n when 1 then (i % 300) + 30.25 when 2 then ((i * 7) % 300) + 10.50 else ((i * 13) % 200) + 5.10 end)`,
}

async function seedLedger(pg: any, dealers: number, orders: number) {
  // Order i: dealer number 1 + (i / 12) % dealers in id order, month 1 + i % 12, so every dealer sells every month.
  await pg.raw(
    `with numbered as (select id, row_number() over (order by id) as n from dealer)
     insert into dealer_contribution (id, dealer_id, order_id, cause, source_id, period_key, occurred_at,
                                      currency_code, amount, raw_amount, order_count)
     select 'dcon_' || i, d.id, 'order_' || i, 'order_placed', 'order_' || i, m.key,
            (m.key || '-15T10:00:00Z')::timestamptz, 'eur', a.amount, ${raw("a.amount")}, 1
       from generate_series(1, ?) i
       join numbered d on d.n = 1 + (i / 12) % ?
      cross join lateral (select (?::text[])[1 + i % 12] as key) m
      cross join lateral (select sum(${LINE.amount}) as amount from generate_series(1, 3) n) a`,
    [orders, dealers, BENCH_MONTHS]
  )
  await pg.raw(
    `insert into dealer_contribution_line (id, contribution_id, product_id, variant_id, category_ids, quantity, amount, raw_amount)
     select 'dconl_' || i || '_' || n, 'dcon_' || i, 'prod_' || ${LINE.product}, 'variant_' || ${LINE.product},
            array['pcat_' || (${LINE.product} % 20), 'pcat_root' || (${LINE.product} % 20 % 4)],
            ${LINE.quantity}, ${LINE.amount}, ${raw(LINE.amount)}
       from generate_series(1, ?) i cross join generate_series(1, 3) n`,
    [orders]
  )
}

async function fillTotals(pg: any) {
  // The ledger was written by SQL, past the service that keeps its totals: fill them as the migration does.
  for (const statement of applyToTotalsSql("true", 1)) await pg.raw(statement)
}

async function createPrograms(container: MedusaContainer) {
  const programIds: string[] = []
  for (const program of BENCH_PROGRAMS) {
    const { result } = await createRewardProgramWorkflow(container).run({ input: rewardProgramSchema.parse(program) })
    programIds.push((result as { id: string }).id)
  }
  return programIds
}

async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await run()
  console.log(`  seed ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result
}

const PLAN_TABLES = ["dealer_sales_plan", "dealer_plan_target"]
const LEDGER_TABLES = ["dealer_contribution", "dealer_contribution_line"]
const TOTAL_TABLES = ["dealer_contribution_total", "dealer_focus_total"]
/** The totals' upserts name these as their conflict targets: they stay while the totals are filled. */
const TOTAL_CONFLICT_INDEXES = ["IDX_dealer_contribution_total_unique", "IDX_dealer_focus_total_unique"]

export async function seedNetwork(container: MedusaContainer, scale: BenchScale) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const programIds = await phase("programs", () => createPrograms(container))
  await inBulkTransaction(pg, async (trx) => {
    await phase("dealers", () => seedDealers(trx, scale.dealers))
    await phase("territories", () => seedTerritories(trx, scale.territories))
    await phase("agreements", () => seedAgreements(trx, programIds))
    await phase("plans", () => withoutIndexes(trx, PLAN_TABLES, () => seedPlans(trx)))
    await phase("ledger", () => withoutIndexes(trx, LEDGER_TABLES, () => seedLedger(trx, scale.dealers, scale.orders)))
    await phase("totals", () => withoutIndexes(trx, TOTAL_TABLES, () => fillTotals(trx), TOTAL_CONFLICT_INDEXES))
    await phase("standing", () => trx.raw(REBUILD_STANDING_SQL))
  })
  await phase("vacuum analyze", () => pg.raw("vacuum analyze"))
  return { programIds }
}
