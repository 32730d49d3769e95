/**
 * The plugin on Medusa's distributed setup: one `server` and two `worker`
 * processes of the in-repo app (`medusa start`, REDIS_URL set, so the Redis
 * event bus, workflow engine, locking and cache) on a fresh PostgreSQL
 * database and a Redis database of their own.
 *
 * Orders are placed through the server's store API; their order.placed events
 * reach the workers over the Redis event bus, and each is published twice more
 * at once, as an at-least-once queue may deliver it. The workers' wall clocks
 * (libfaketime, offset read from a file the test rewrites) read the night
 * after the month's end, then are moved to just before each daily job's hour,
 * so the jobs fire from the Redis workflow engine's schedule. The month-end
 * jobs are also delivered a second time for the same moment (as BullMQ does
 * with a stalled job), so both workers run them at once.
 */
import BigNumber from "bignumber.js"
import fs from "fs"
import os from "os"
import path from "path"
import type { Job, Queue } from "bullmq"
import { config as checkDeviationsJob } from "../../src/jobs/dealer-network-check-deviations"
import { CLOSE_REWARD_PERIODS_JOB } from "../../src/jobs/dealer-network-close-reward-periods"
import { config as expireAgreementsJob } from "../../src/jobs/dealer-network-expire-agreements"
import { RECORD_DEALERS_OF_PERIOD_JOB } from "../../src/jobs/dealer-network-record-dealers-of-period"
import { REVIEW_TIERS_JOB } from "../../src/jobs/dealer-network-review-tiers"
import { monthKeyOf, shiftMonth } from "../../src/lib/periods"
import { adminRequests, Headers } from "../helpers/auth"
import type { WholesaleStore } from "../helpers/checkout"
import {
  BullQueue,
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
import { freePort, httpClient, MedusaServer, pgQuery, ROOT, startMedusa, waitForHealth } from "../helpers/medusa-process"
import { waitFor } from "../helpers/wait"

jest.setTimeout(600_000)

const DATABASE = `dealer_network_distributed_${process.pid}`
const LOG_DIR = path.join(ROOT, "test-artifacts", "distributed")
const CLOCK_FILE = path.join(os.tmpdir(), `dealer-network-worker-clock-${process.pid}`)
const EXPIRE_AGREEMENTS_JOB = expireAgreementsJob.name
const CHECK_DEVIATIONS_JOB = checkDeviationsJob.name

/** The month the orders fall in, and the 1st of the next one (UTC, the plugin's time zone here). */
const PERIOD = monthKeyOf(new Date(), "UTC")
const NEXT_FIRST = Date.parse(`${shiftMonth(PERIOD, 1)}-01T00:00:00Z`)
const at = (hh: number, mm: number, ss: number) => NEXT_FIRST + ((hh * 60 + mm) * 60 + ss) * 1000

function faketimeLibrary(): string {
  const candidates = fs
    .readdirSync("/usr/lib")
    .map((dir) => path.join("/usr/lib", dir, "faketime", "libfaketimeMT.so.1"))
    .filter((file) => fs.existsSync(file))
  if (!candidates.length) throw new Error("libfaketime is missing: apt-get install -y faketime")
  return candidates[0]
}

/** The workers' wall clock from now on reads `instant` (libfaketime re-reads the file every second). */
async function setWorkerClock(instant: number) {
  fs.writeFileSync(CLOCK_FILE, `+${Math.round((instant - Date.now()) / 1000)}\n`)
  await new Promise((resolve) => setTimeout(resolve, 1500))
}

let libfaketime = ""
let app: DistributedApp | undefined
let jobsQueue: Queue
let server: MedusaServer | undefined
let workers: MedusaServer[] = []
let admin: Headers
let store: WholesaleStore
let api: ReturnType<typeof httpClient>

const workerEnv = (): NodeJS.ProcessEnv => ({
  ...app!.envOf("worker"),
  LD_PRELOAD: libfaketime,
  FAKETIME_TIMESTAMP_FILE: CLOCK_FILE,
  FAKETIME_CACHE_DURATION: "1",
  // Timers keep real time; only the wall clock moves.
  FAKETIME_DONT_FAKE_MONOTONIC: "1",
  NO_FAKE_STAT: "1",
})

const workerLogs = () => workers.map((worker) => worker.log()).join("\n")

type JobRun = { id: string; processedOn: number; finishedOn: number; failedReason?: string }

/** The runs of a scheduled job the Redis workflow engine's queue has finished (completed or failed). */
async function runsOf(job: string): Promise<JobRun[]> {
  const finished: Job[] = await jobsQueue.getJobs(["completed", "failed"])
  return finished
    .filter((run) => run.data.jobId === `job-${job}`)
    .map(({ id, processedOn, finishedOn, failedReason }) => ({ id: id!, processedOn: processedOn!, finishedOn: finishedOn!, failedReason }))
}

/**
 * Moves the workers' clock 3 s before the job's next run and waits for it. A
 * month-end job is also delivered a second time for the same moment.
 */
async function fireScheduledJob(job: string, fireAt: number, { redeliver = false } = {}) {
  if (redeliver) {
    const [scheduled] = (await jobsQueue.getDelayed()).filter((run) => run.data.jobId === `job-${job}`)
    if (!scheduled) throw new Error(`${job} has no scheduled run in Redis`)
    // A delayed job is due when the worker's clock reaches its timestamp (this process's) plus its delay.
    await jobsQueue.add(scheduled.name, scheduled.data, {
      jobId: `redelivered-${job}`,
      delay: fireAt - Date.now(),
    })
  }
  await setWorkerClock(fireAt - 3000)
  return waitFor(() => runsOf(job), (runs) => runs.length >= (redeliver ? 2 : 1), { timeoutMs: 90_000, intervalMs: 500 })
}

const get = (url: string) => adminRequests(api, admin).get(url)
const post = (url: string, body: unknown = {}) => adminRequests(api, admin).post(url, body)

const accrualsOf = async (dealerId: string) =>
  (await get(`/admin/dealer-reward-accruals?dealer_id=${dealerId}&limit=100`)).accruals as any[]

beforeAll(async () => {
  fs.rmSync(LOG_DIR, { recursive: true, force: true })
  libfaketime = faketimeLibrary()
  app = await openDistributedApp({ database: DATABASE, logDir: LOG_DIR, scheduledJobs: true })
  ;({ store, admin } = app)
  jobsQueue = new BullQueue("medusa-workflows-jobs", { connection: app.redis.connection })

  // The workers wake in the first minutes of the 1st: every daily job is due later that night.
  await setWorkerClock(at(0, 10, 0))
  const ports = [await freePort(), await freePort(), await freePort()]
  server = startMedusa("server", ports[0], app.envOf("server"), LOG_DIR)
  workers = [1, 2].map((n) => startMedusa(`worker-${n}`, ports[n], workerEnv(), LOG_DIR))
  await Promise.all([server, ...workers].map((proc) => waitForHealth(proc, 300_000)))
  api = httpClient(server.baseUrl)
})

afterAll(async () => {
  await closeDistributedApp(app, DATABASE, [server, ...workers], [jobsQueue])
  fs.rmSync(CLOCK_FILE, { force: true })
})

describe("worker mode: one server, two workers, Redis", () => {
  it("counts every order once, accrues once and runs each daily job once across the workers", async () => {
    // A monthly program: 25 for taking part, 2 % of the month's sales.
    const { program } = await post("/admin/dealer-reward-programs", {
      code: "MONTHLY",
      name: "Monthly partner bonus",
      period_type: "month",
      valid_from: "2026-01-01",
      status: "active",
      currency_code: "eur",
      rules: [
        { name: "Thank-you", definition: { reward: { type: "fixed", amount: 25 } } },
        { name: "Volume rebate", definition: { reward: { type: "rate", base: "sales_amount", rate_percent: 2 } } },
      ],
    })
    const ruleName = new Map<string, string>(program.rules.map((rule: any) => [rule.id, rule.name]))
    const { tier: bronze } = await post("/admin/dealer-tiers", { name: "Bronze", rank: 1, min_turnover: 0 })
    const { tier: silver } = await post("/admin/dealer-tiers", {
      name: "Silver",
      rank: 2,
      min_turnover: 500,
      window_months: 1,
    })

    const partner = (code: string, buyerCount: number) =>
      enrolPartner(api, admin, store, { code, buyerCount, period: PERIOD, programIds: [program.id], tierId: bronze.id })
    const north = await partner("NORTH", 2)
    const south = await partner("SOUTH", 1)

    // Real checkouts through the server, three buyers at once.
    const drill = store.variants["drill-x18"]
    const saw = store.variants["saw-c7"]
    const [n1, n2, s1] = await Promise.all([
      placeOrders(api, store, north.buyers[0], [[{ variant_id: drill, quantity: 2 }], [{ variant_id: saw, quantity: 1 }]]),
      placeOrders(api, store, north.buyers[1], [
        [
          { variant_id: drill, quantity: 1 },
          { variant_id: saw, quantity: 2 },
        ],
        [{ variant_id: drill, quantity: 3 }],
      ]),
      placeOrders(api, store, south.buyers[0], [[{ variant_id: saw, quantity: 3 }], [{ variant_id: drill, quantity: 1 }]]),
    ])
    const northOrders = [...n1, ...n2]
    const southOrders = s1
    const allOrders = [...northOrders, ...southOrders]
    const contributionsOf = async (dealerId: string) =>
      (await get(`/admin/dealers/${dealerId}/contributions?limit=100`)).contributions as any[]
    await waitFor(
      async () => (await contributionsOf(north.dealer.id)).length + (await contributionsOf(south.dealer.id)).length,
      (count) => count >= allOrders.length,
      { timeoutMs: 120_000, intervalMs: 500 }
    )

    // Every order.placed twice more, both copies at once, as the event bus publishes it.
    await publishOrderPlaced(app!.events, allOrders, 2)
    await waitForDrainedQueue(app!.events)
    // Each delivery was taken by exactly one worker; none of them failed.
    expect(countIn(workerLogs(), "Processing order.placed")).toBe(allOrders.length * 3)
    expect(workerLogs()).not.toContain("An error occurred while processing")

    // Progress and ledger: one contribution per order, sums equal to Medusa's orders.
    for (const [dealer, orders] of [
      [north.dealer, northOrders],
      [south.dealer, southOrders],
    ] as const) {
      const ledger = await contributionsOf(dealer.id)
      expect(ledger.map((entry) => entry.order_id).sort()).toEqual(orders.map((order) => order.id).sort())
      const { progress } = await get(`/admin/dealers/${dealer.id}/progress?period=${PERIOD}`)
      expect(progress.actual).toMatchObject({
        amount: (await salesOf(api, admin, orders)).toFixed(2),
        order_count: orders.length,
      })
    }

    // The daily jobs, from the Redis workflow engine's schedule on the workers' clock.
    await fireScheduledJob(EXPIRE_AGREEMENTS_JOB, at(1, 0, 0))
    const closeRuns = await fireScheduledJob(CLOSE_REWARD_PERIODS_JOB, at(4, 0, 0), { redeliver: true })
    await fireScheduledJob(RECORD_DEALERS_OF_PERIOD_JOB, at(4, 30, 0))
    const reviewRuns = await fireScheduledJob(REVIEW_TIERS_JOB, at(5, 0, 0), { redeliver: true })
    await fireScheduledJob(CHECK_DEVIATIONS_JOB, at(6, 0, 0))

    // Both workers registered the schedule; each job still ran once from it.
    for (const job of [EXPIRE_AGREEMENTS_JOB, CLOSE_REWARD_PERIODS_JOB, RECORD_DEALERS_OF_PERIOD_JOB, REVIEW_TIERS_JOB, CHECK_DEVIATIONS_JOB]) {
      const runs = await runsOf(job)
      expect({ job, scheduled: runs.filter((run) => run.id.startsWith("repeat:")).length }).toEqual({ job, scheduled: 1 })
      expect({ job, failed: runs.filter((run) => run.failedReason).map((run) => run.failedReason) }).toEqual({ job, failed: [] })
    }
    // The redelivered month-end runs overlapped the scheduled ones, so the claim decided.
    for (const runs of [closeRuns, reviewRuns]) {
      const [first, second] = [...runs].sort((a, b) => a.processedOn - b.processedOn)
      expect(second.processedOn).toBeLessThan(first.finishedOn)
    }
    // The month-end work was done once: one claim, once logged.
    const { rows: jobRuns } = await pgQuery(
      "select job, period_key, status, attempts from dealer_network_job_run where deleted_at is null order by job",
      [],
      DATABASE
    )
    expect(jobRuns).toEqual([
      { job: CLOSE_REWARD_PERIODS_JOB, period_key: PERIOD, status: "succeeded", attempts: 1 },
      { job: RECORD_DEALERS_OF_PERIOD_JOB, period_key: PERIOD, status: "succeeded", attempts: 1 },
      { job: REVIEW_TIERS_JOB, period_key: PERIOD, status: "succeeded", attempts: 1 },
    ])
    expect(countIn(workerLogs(), `closed rewards of ${PERIOD} `)).toBe(1)
    expect(countIn(workerLogs(), `tier review ${PERIOD}:`)).toBe(1)
    expect(countIn(workerLogs(), `dealer of ${PERIOD}:`)).toBe(1)

    // One accrual per dealer, rule and period, of exactly what was earned.
    const expectAccruals = async () => {
      for (const [dealer, orders] of [
        [north.dealer, northOrders],
        [south.dealer, southOrders],
      ] as const) {
        const rows = (await accrualsOf(dealer.id)).map((a) => [ruleName.get(a.rule_id), a.period_key, new BigNumber(a.amount).toFixed(2)])
        expect(rows.sort()).toEqual(
          [
            ["Thank-you", PERIOD, "25.00"],
            ["Volume rebate", PERIOD, (await salesOf(api, admin, orders)).times(2).div(100).toFixed(2)],
          ].sort()
        )
      }
    }
    await expectAccruals()
    // A close on demand, twice at once on the server, finds everything accrued.
    await Promise.all([1, 2].map(() => post("/admin/dealer-reward-periods/close", { period: PERIOD })))
    await expectAccruals()

    // The tier review promoted NORTH (961.50 in the month) once; SOUTH stays.
    const northChanges = await get(`/admin/dealers/${north.dealer.id}/tier-changes`)
    expect(northChanges.tier_changes.map((c: any) => [c.from_tier_id, c.to_tier_id])).toEqual([[bronze.id, silver.id]])
    expect((await get(`/admin/dealers/${south.dealer.id}/tier-changes`)).count).toBe(0)
  })
})
