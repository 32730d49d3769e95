// Run by scripts/bench.js (medusa exec) against a freshly migrated database.
import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../modules/sales-plan"
import { applyToTotalsSql } from "../modules/sales-plan/ledger-totals"
import type SalesPlanModuleService from "../modules/sales-plan/service"
import { loadRewardFacts } from "../queries/reward-facts"

const PERIOD = "2026-11"

/** Distributors (1 in 100), dealers under them, sub-dealers under dealers; a plan each; orders with 3 lines. */
async function seed(pg: any, dealers: number, orders: number) {
  const distributors = Math.max(1, Math.floor(dealers / 100))
  const mids = Math.floor(dealers * 0.4)
  await pg.raw(
    `insert into dealer (id, code, name, role, status, currency_code, parent_id)
     select 'dlr_d' || i, 'D' || i, 'Distributor ' || i, 'distributor', 'active', 'eur', null
       from generate_series(1, ?) i`,
    [distributors]
  )
  await pg.raw(
    `insert into dealer (id, code, name, role, status, currency_code, parent_id)
     select 'dlr_m' || i, 'M' || i, 'Dealer ' || i, 'dealer', 'active', 'eur', 'dlr_d' || (1 + i % ?)
       from generate_series(1, ?) i`,
    [distributors, mids]
  )
  await pg.raw(
    `insert into dealer (id, code, name, role, status, currency_code, parent_id)
     select 'dlr_s' || i, 'S' || i, 'Sub-dealer ' || i, 'sub_dealer', 'active', 'eur', 'dlr_m' || (1 + i % ?)
       from generate_series(1, ?) i`,
    [mids, dealers - distributors - mids]
  )
  await pg.raw(
    `insert into dealer_sales_plan (id, dealer_id, period_key, currency_code, target_amount, raw_target_amount)
     select 'dplan_' || id, id, ?, 'eur', 20000, '{"value":"20000","precision":20}' from dealer`,
    [PERIOD]
  )
  await pg.raw(
    `insert into dealer_plan_target (id, plan_id, target_type, target_id, metric, target_value, raw_target_value)
     select 'dptgt_' || id, 'dplan_' || id, 'category', 'pcat_' || (abs(hashtext(id)) % 20), 'amount', 5000,
            '{"value":"5000","precision":20}' from dealer`
  )
  await pg.raw(
    `insert into dealer_contribution (id, dealer_id, order_id, cause, source_id, period_key, occurred_at,
                                      currency_code, amount, raw_amount, order_count)
     select 'dcon_' || i, d.ids[1 + i % array_length(d.ids, 1)], 'order_' || i, 'order_placed', 'order_' || i,
            ?, now(), 'eur', (i % 900) + 99.95,
            jsonb_build_object('value', ((i % 900) + 99.95)::text, 'precision', 20), 1
       from generate_series(1, ?) i
      cross join (select array_agg(id order by id) as ids from dealer) d`,
    [PERIOD, orders]
  )
  await pg.raw(
    `insert into dealer_contribution_line (id, contribution_id, product_id, variant_id, category_ids, quantity, amount, raw_amount)
     select 'dconl_' || c.id || '_' || n, c.id, 'prod_' || n, 'variant_' || n,
            array['pcat_' || ((n + length(c.id)) % 20)], n, c.amount / 3,
            jsonb_build_object('value', (c.amount / 3)::text, 'precision', 20)
       from dealer_contribution c cross join generate_series(1, 3) n`
  )
  // The ledger was written by SQL, past the service that keeps its totals: fill them as the migration does.
  for (const statement of applyToTotalsSql("true", 1)) await pg.raw(statement)
  await pg.raw("analyze")
}

async function time<T>(label: string, runs: number, fn: () => Promise<T>) {
  await fn() // warm up
  const started = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) await fn()
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / runs
  console.log(`  ${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms`)
  return { label, ms_per_run: Number(ms.toFixed(2)), runs }
}

export default async function benchQueries({ container }: ExecArgs) {
  const dealers = Number(process.env.BENCH_DEALERS || 2000)
  const orders = Number(process.env.BENCH_ORDERS || 200000)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)

  console.log(`Seeding ${dealers} dealers, ${orders} orders (${orders * 3} lines)…`)
  const seeded = Date.now()
  await seed(pg, dealers, orders)
  console.log(`  seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s\n`)

  const allDealers = (await pg.raw("select id from dealer")).rows.map((r: any) => r.id)
  const planIds = (await pg.raw("select id from dealer_sales_plan limit 50")).rows.map((r: any) => r.id)
  const results = [
    await time("subtree of a distributor (recursive CTE)", 20, () => network.listSubtree("dlr_d1")),
    await time("ancestors of a sub-dealer", 50, () => network.listAncestors("dlr_s1")),
    await time(`rank all ${dealers} dealers by deviation, one page`, 10, () =>
      plans.rankPeriodProgress({ period_key: PERIOD, expected_share: "0.5", limit: 50, offset: 0 })
    ),
    await time("one dealer's month (sumPeriodProgress)", 50, () =>
      plans.sumPeriodProgress({ period_key: PERIOD, dealer_ids: ["dlr_m1"] })
    ),
    await time(`roll-up over all ${dealers} dealers (sumGroupProgress)`, 10, () =>
      plans.sumGroupProgress({ period_key: PERIOD, dealer_ids: allDealers })
    ),
    await time("focus-target actuals of 50 plans", 10, () => plans.sumTargetProgress(planIds)),
    await time(`reward facts of all ${dealers} dealers for a period close`, 5, () =>
      loadRewardFacts(pg, {
        dealerIds: allDealers,
        months: [PERIOD],
        currencyCode: "eur",
        focusKeys: ["category:pcat_3", "product:prod_2"],
      })
    ),
  ]
  const output = process.env.BENCH_OUTPUT!
  fs.mkdirSync(path.dirname(output), { recursive: true })
  fs.writeFileSync(
    output,
    JSON.stringify({ at: new Date().toISOString(), dealers, orders, lines: orders * 3, results }, null, 2)
  )
  console.log(`\nWritten to ${path.relative(process.cwd(), output)}`)
}
