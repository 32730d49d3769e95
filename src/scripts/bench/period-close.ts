import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { closeRewardPeriodWorkflow } from "../../workflows/rewards/workflows/close-reward-period"
import { measure } from "./measure"
import { BenchScale, CLOSED_PERIOD } from "./scale"

// Period close of every dealer under every program, through the workflow (facts,
// evaluation, accrual writes), against its floor: the two grouped scans any close
// must make over the month's ledger, measured in the same run.

const FLOOR_BY_DEALER = `
  select dealer_id, sum(amount), sum(order_count)
    from dealer_contribution
   where deleted_at is null and period_key = ? group by dealer_id`

const FLOOR_BY_DEALER_CATEGORY = `
  select c.dealer_id, category.id, sum(l.amount), sum(l.quantity)
    from dealer_contribution c
    join dealer_contribution_line l on l.contribution_id = c.id and l.deleted_at is null
   cross join unnest(l.category_ids) as category(id)
   where c.deleted_at is null and c.period_key = ?
   group by c.dealer_id, category.id`

export async function benchPeriodClose(container: MedusaContainer, scale: BenchScale) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const heavy = { warmup: 1, runs: scale.heavyRuns }
  const scan = async (sql: string) => (await pg.raw(sql, [CLOSED_PERIOD])).rows.length
  const close = () => closeRewardPeriodWorkflow(container).run({ input: { period: CLOSED_PERIOD } })
  const accruals = async () =>
    Number((await pg.raw("select count(*) as n from dealer_reward_accrual where period_key = ?", [CLOSED_PERIOD])).rows[0].n)
  // Each close from a collected heap: its peak memory is its own, not the garbage of the runs before.
  const full = await measure(
    `period close ${CLOSED_PERIOD}: all dealers × programs, accruals written`,
    { ...heavy, collectBefore: true, before: () => pg.raw("delete from dealer_reward_accrual where period_key = ?", [CLOSED_PERIOD]) },
    async () => {
      await close()
      return accruals()
    }
  )
  const rerun = await measure(`period close ${CLOSED_PERIOD} again: nothing new to write`, { ...heavy, collectBefore: true }, async () => {
    await close()
    return accruals()
  })
  // The floors after the closes: their rows (a million at 50,000 dealers) would stay in the process's memory as the closes' "before".
  const floorByDealer = await measure("floor: month's contributions grouped by dealer", heavy, () => scan(FLOOR_BY_DEALER))
  const floorByCategory = await measure("floor: month's lines grouped by dealer and category", heavy, () =>
    scan(FLOOR_BY_DEALER_CATEGORY)
  )
  const floorMs = Math.round(((floorByDealer.median_ms ?? 0) + (floorByCategory.median_ms ?? 0)) * 10) / 10
  return { floorByDealer, floorByCategory, floorMs, full, rerun }
}
