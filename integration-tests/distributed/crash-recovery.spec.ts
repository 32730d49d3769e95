/**
 * Crashes on Medusa's distributed setup: the process doing the work is
 * SIGKILLed (its whole process group, no shutdown hook runs) in the middle of
 * it, restarted, and the ledger must end as an uninterrupted run leaves it.
 *
 * - Event backlog: orders are placed through the `server` while no `worker`
 *   runs, so their order.placed events (and two more copies of each) wait in
 *   the Redis event bus's queue. A worker starts on the backlog and is killed
 *   while working through it; the event it held stays in the queue as a
 *   stalled job, which the restarted worker takes again.
 * - Period close: a close of a large reward network on the `server` is killed
 *   once some programs' accruals are written and others not, leaving the
 *   close's lock in Redis. After the restart the same close runs again; the
 *   ledger must equal the one an uninterrupted close wrote for a month with
 *   the same facts, and the one computed by hand.
 */
import BigNumber from "bignumber.js"
import path from "path"
import { monthKeyOf, shiftMonth } from "../../src/lib/periods"
import { CLOSE_LOCK_LEASE_S, closeLockKey } from "../../src/workflows/rewards/steps/close-reward-period-step"
import type { Headers } from "../helpers/auth"
import { adminRequests } from "../helpers/auth"
import type { WholesaleStore } from "../helpers/checkout"
import {
  closeDistributedApp,
  countIn,
  DistributedApp,
  enrolPartner,
  openDistributedApp,
  placeOrders,
  publishOrderPlaced,
  salesOf,
  waitForDrainedQueue,
} from "../helpers/distributed-app"
import {
  freePort,
  httpClient,
  killMedusa,
  MedusaServer,
  pgQuery,
  ROOT,
  startMedusa,
  waitForHealth,
} from "../helpers/medusa-process"
import { expectedLedger, RewardNetworkSpec } from "../helpers/reward-network"
import { waitFor } from "../helpers/wait"

jest.setTimeout(300_000)

const DATABASE = `dealer_network_crash_${process.pid}`
const LOG_DIR = path.join(ROOT, "test-artifacts", "crash-recovery")
const PERIOD = monthKeyOf(new Date(), "UTC")
// Two ended months with the same facts: one closed without interruption, one whose close is killed.
const REFERENCE_MONTH = shiftMonth(PERIOD, -3)
const CRASHED_MONTH = shiftMonth(PERIOD, -2)
const NETWORK: RewardNetworkSpec = { dealers: 400, programs: 5, months: [REFERENCE_MONTH, CRASHED_MONTH] }

let app: DistributedApp | undefined
let server: MedusaServer | undefined
let worker: MedusaServer | undefined
let store: WholesaleStore
let admin: Headers
let api: ReturnType<typeof httpClient>

const sql = async (text: string, params: unknown[] = []) => (await pgQuery(text, params, DATABASE)).rows

async function boot(name: string, mode: "server" | "worker") {
  const proc = startMedusa(name, await freePort(), app!.envOf(mode), LOG_DIR)
  await waitForHealth(proc, 300_000)
  return proc
}

async function bootServer(name: string) {
  server = await boot(name, "server")
  api = httpClient(server.baseUrl)
}

beforeAll(async () => {
  app = await openDistributedApp({ database: DATABASE, logDir: LOG_DIR, scheduledJobs: false, network: NETWORK })
  ;({ store, admin } = app)
  await bootServer("server")
})

afterAll(async () => {
  await closeDistributedApp(app, DATABASE, [server, worker])
})

describe("crash recovery on the distributed setup", () => {
  it("a worker killed in the middle of an event backlog: after its restart every order counts exactly once", async () => {
    const partners = await Promise.all(
      ["EAST", "WEST", "SOUTH"].map((code) => enrolPartner(api, admin, store, { code, buyerCount: 2, period: PERIOD }))
    )
    const drill = store.variants["drill-x18"]
    const saw = store.variants["saw-c7"]
    // Three checkouts per buyer, six buyers at once, while no worker consumes the events.
    const ordersOf = await Promise.all(
      partners.map(async ({ dealer, buyers }) => ({
        dealerId: dealer.id as string,
        orders: (
          await Promise.all(
            buyers.map((buyer, b) =>
              placeOrders(api, store, buyer, [
                [{ variant_id: drill, quantity: 1 + b }],
                [{ variant_id: saw, quantity: 2 }],
                [
                  { variant_id: drill, quantity: 2 },
                  { variant_id: saw, quantity: 1 + b },
                ],
              ])
            )
          )
        ).flat(),
      }))
    )
    const allOrders = ordersOf.flatMap(({ orders }) => orders)
    await publishOrderPlaced(app!.events, allOrders, 2)
    const deliveries = allOrders.length * 3
    const ledgerCount = async () =>
      Number((await sql("select count(*) from dealer_contribution where deleted_at is null and period_key = $1", [PERIOD]))[0].count)
    expect(await ledgerCount()).toBe(0)

    // A worker starts on the backlog and is killed while it works through it.
    worker = await boot("worker", "worker")
    const killedWorker = worker
    await waitFor(
      async () => countIn(killedWorker.log(), "Processing order.placed"),
      (processed) => processed >= deliveries / 4,
      { timeoutMs: 120_000, intervalMs: 20 }
    )
    await killMedusa(killedWorker)
    const creditedAtKill = await ledgerCount()
    expect(creditedAtKill).toBeGreaterThan(0)
    expect(creditedAtKill).toBeLessThan(allOrders.length)

    // Restarted, it takes the stalled event again and works through the rest.
    worker = await boot("worker-restarted", "worker")
    const finished = await waitForDrainedQueue(app!.events, 180_000)
    expect(finished.failed).toBe(0)
    const processed = countIn(killedWorker.log(), "Processing order.placed") + countIn(worker.log(), "Processing order.placed")
    expect(processed).toBeGreaterThanOrEqual(deliveries)
    expect(worker.log()).not.toContain("An error occurred while processing")

    // Exactly one sale and one dealer link per order; each dealer's ledger sums its orders.
    const perOrder = await sql(
      `select order_id, count(*)::int as entries from dealer_contribution
        where deleted_at is null and cause = 'order_placed' and period_key = $1 group by order_id order by order_id`,
      [PERIOD]
    )
    expect(perOrder).toEqual(allOrders.map((order) => ({ order_id: order.id, entries: 1 })).sort((a, b) => a.order_id.localeCompare(b.order_id)))
    const links = await sql(
      `select order_id, count(*)::int as links from dealernetwork_dealer_order_order
        where deleted_at is null and order_id = any($1) group by order_id`,
      [allOrders.map((order) => order.id)]
    )
    expect(links).toHaveLength(allOrders.length)
    expect(links.every((link) => link.links === 1)).toBe(true)
    const sums = await sql(
      `select dealer_id, sum(amount)::text as amount, sum(order_count)::int as orders
         from dealer_contribution where deleted_at is null and period_key = $1 group by dealer_id`,
      [PERIOD]
    )
    const expected = await Promise.all(
      ordersOf.map(async ({ dealerId, orders }) => ({
        dealer_id: dealerId,
        amount: (await salesOf(api, admin, orders)).toFixed(2),
        orders: orders.length,
      }))
    )
    const actual = sums.map((row) => ({ ...row, amount: new BigNumber(row.amount).toFixed(2) }))
    const byDealer = (a: { dealer_id: string }, b: { dealer_id: string }) => a.dealer_id.localeCompare(b.dealer_id)
    expect(actual.sort(byDealer)).toEqual(expected.sort(byDealer))
  })

  it("a server killed in the middle of a period close: the close run again after the restart writes the ledger of an uninterrupted one", async () => {
    const { post } = adminRequests(api, admin)
    const expected = expectedLedger(NETWORK)
    await post("/admin/dealer-reward-periods/close", { period: REFERENCE_MONTH })
    const reference = await accrualLedger(REFERENCE_MONTH)
    expect(differences(reference, expected)).toEqual([])

    // The close of a month with the same facts, killed once some programs are written and others not.
    const closing = post("/admin/dealer-reward-periods/close", { period: CRASHED_MONTH }).then(
      () => "answered",
      (error: Error) => error.message
    )
    await waitFor(() => accrualCount(CRASHED_MONTH), (written) => written > 0, { timeoutMs: 120_000, intervalMs: 10 })
    await killMedusa(server!)
    const writtenAtKill = await accrualCount(CRASHED_MONTH)
    expect(writtenAtKill).toBeGreaterThan(0)
    expect(writtenAtKill).toBeLessThan(expected.size)
    expect(await closing).not.toBe("answered")
    // The dead close's lock is still in Redis, for at most one lease.
    const lockLeftMs = await app!.redis.redis.pttl(`medusa_lock:${closeLockKey(CRASHED_MONTH)}`)
    expect(lockLeftMs).toBeGreaterThan(0)
    expect(lockLeftMs).toBeLessThanOrEqual(CLOSE_LOCK_LEASE_S * 1000)

    // Restarted, the same close writes what is missing: the ledger of the uninterrupted close.
    await bootServer("server-restarted")
    await adminRequests(api, admin).post("/admin/dealer-reward-periods/close", { period: CRASHED_MONTH })
    const recovered = await accrualLedger(CRASHED_MONTH)
    expect(differences(recovered, expected)).toEqual([])
    expect(differences(recovered, reference)).toEqual([])
    // And once more: nothing left to write.
    await adminRequests(api, admin).post("/admin/dealer-reward-periods/close", { period: CRASHED_MONTH })
    expect(await accrualCount(CRASHED_MONTH)).toBe(expected.size)
  })
})

const accrualCount = async (month: string) =>
  Number((await sql("select count(*) from dealer_reward_accrual where deleted_at is null and period_key = $1", [month]))[0].count)

/** A month's accruals per (dealer, program, rule): "<entries>× <amount>", by codes and rule name. */
async function accrualLedger(month: string): Promise<Map<string, string>> {
  const rows = await sql(
    `select d.code as dealer, p.code as program, r.name as rule, count(*)::int as entries, sum(a.amount)::text as amount
       from dealer_reward_accrual a
       join dealer d on d.id = a.dealer_id
       join dealer_reward_program p on p.id = a.program_id
       join dealer_reward_rule r on r.id = a.rule_id
      where a.deleted_at is null and a.period_key = $1
      group by d.code, p.code, r.name`,
    [month]
  )
  return new Map(
    rows.map((row) => [`${row.dealer}/${row.program}/${row.rule}`, `${row.entries}× ${new BigNumber(row.amount).toFixed(2)}`])
  )
}

/** The keys whose entries differ (at most 10 shown), against a ledger of single entries or another month's. */
function differences(actual: Map<string, string>, expected: Map<string, string>) {
  const single = (value: string | undefined) => (value === undefined || value.includes("×") ? value : `1× ${value}`)
  const keys = [...new Set([...actual.keys(), ...expected.keys()])]
  return keys
    .filter((key) => actual.get(key) !== single(expected.get(key)))
    .slice(0, 10)
    .map((key) => ({ key, actual: actual.get(key), expected: single(expected.get(key)) }))
}
