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
import type Redis from "ioredis"
import { config as checkDeviationsJob } from "../../src/jobs/dealer-network-check-deviations"
import { CLOSE_REWARD_PERIODS_JOB } from "../../src/jobs/dealer-network-close-reward-periods"
import { config as expireAgreementsJob } from "../../src/jobs/dealer-network-expire-agreements"
import { REVIEW_TIERS_JOB } from "../../src/jobs/dealer-network-review-tiers"
import { monthKeyOf } from "../../src/lib/periods"
import { shiftMonth } from "../../src/lib/tier-review"
import type { Headers } from "../helpers/auth"
import { registerCustomer } from "../helpers/auth"
import { checkout, WholesaleStore } from "../helpers/checkout"
import {
  databaseUrl,
  freePort,
  httpClient,
  medusaCommand,
  MedusaServer,
  pgQuery,
  ROOT,
  startMedusa,
  stopMedusa,
  waitForHealth,
} from "../helpers/medusa-process"
import { waitFor } from "../helpers/wait"

jest.setTimeout(600_000)

const DATABASE = `dealer_network_distributed_${process.pid}`
const LOG_DIR = path.join(ROOT, "test-artifacts", "distributed")
const REDIS_HOST = process.env.REDIS_HOST || "localhost"
const CLOCK_FILE = path.join(os.tmpdir(), `dealer-network-worker-clock-${process.pid}`)
const OWNER_KEY = "dealer-network-test:owner"
const EXPIRE_AGREEMENTS_JOB = expireAgreementsJob.name
const CHECK_DEVIATIONS_JOB = checkDeviationsJob.name

// The same bullmq and ioredis as Medusa's Redis event bus, to publish and read its queues as it does.
const eventBusDir = path.dirname(require.resolve("@medusajs/event-bus-redis"))
const fromEventBus = <T>(name: string): T => require(require.resolve(name, { paths: [eventBusDir] }))
const { Queue: BullQueue } = fromEventBus<typeof import("bullmq")>("bullmq")
const IORedis = fromEventBus<{ default: typeof Redis }>("ioredis").default

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

/** The highest-numbered Redis database nobody uses, marked as this run's. */
async function claimRedisDatabase(): Promise<{ url: string; redis: Redis }> {
  for (let db = 15; db >= 1; db--) {
    const url = `redis://${REDIS_HOST}:6379/${db}`
    const redis = new IORedis(url, { maxRetriesPerRequest: 1 })
    const claimed = await redis.set(OWNER_KEY, String(process.pid), "EX", 3600, "NX")
    if (claimed && (await redis.dbsize()) === 1) return { url, redis }
    if (claimed) await redis.del(OWNER_KEY)
    redis.disconnect()
  }
  throw new Error(`no free Redis database on ${REDIS_HOST}:6379 (is redis-server running?)`)
}

let libfaketime = ""
let redisUrl = ""
let redis: Redis | undefined
let eventsQueue: Queue
let jobsQueue: Queue
let server: MedusaServer | undefined
let workers: MedusaServer[] = []
let admin: Headers
let store: WholesaleStore
let api: ReturnType<typeof httpClient>

const appEnv = (mode: "server" | "worker"): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "development",
  NODE_OPTIONS: "",
  DATABASE_URL: databaseUrl(DATABASE),
  REDIS_URL: redisUrl,
  MEDUSA_WORKER_MODE: mode,
  MEDUSA_ADMIN_DISABLED: "true",
  MEDUSA_DISABLE_TELEMETRY: "true",
  JWT_SECRET: "distributed-test-jwt",
  COOKIE_SECRET: "distributed-test-cookie",
  LOG_LEVEL: "info",
  DEALER_NETWORK_SCHEDULED_JOBS: "on",
})

const workerEnv = (): NodeJS.ProcessEnv => ({
  ...appEnv("worker"),
  LD_PRELOAD: libfaketime,
  FAKETIME_TIMESTAMP_FILE: CLOCK_FILE,
  FAKETIME_CACHE_DURATION: "1",
  // Timers keep real time; only the wall clock moves.
  FAKETIME_DONT_FAKE_MONOTONIC: "1",
  NO_FAKE_STAT: "1",
})

const workerLogs = () => workers.map((worker) => worker.log()).join("\n")
const countIn = (text: string, needle: string) => text.split(needle).length - 1

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

async function placeOrders(buyer: Headers, baskets: { variant_id: string; quantity: number }[][]) {
  const orders: { id: string }[] = []
  for (const items of baskets) orders.push(await checkout(api, store, buyer, items))
  return orders
}

const get = async (url: string) => (await api.get(url, admin)).data
const post = async (url: string, body: unknown = {}) => (await api.post(url, body, admin)).data

/** Sum of the orders' item subtotals, read from Medusa's orders: what the plan counts. */
async function salesOf(orders: { id: string }[]) {
  let sum = new BigNumber(0)
  for (const order of orders) {
    const { order: stored } = await get(`/admin/orders/${order.id}?fields=id,item_subtotal`)
    sum = sum.plus(stored.item_subtotal)
  }
  return sum
}

const accrualsOf = async (dealerId: string) =>
  (await get(`/admin/dealer-reward-accruals?dealer_id=${dealerId}&limit=100`)).accruals as any[]

beforeAll(async () => {
  fs.rmSync(LOG_DIR, { recursive: true, force: true })
  libfaketime = faketimeLibrary()
  ;({ url: redisUrl, redis } = await claimRedisDatabase())
  const connection = { host: REDIS_HOST, port: 6379, db: Number(redisUrl.split("/").pop()) }
  eventsQueue = new BullQueue("events-queue", { prefix: "RedisEventBusService", connection })
  jobsQueue = new BullQueue("medusa-workflows-jobs", { connection })

  await pgQuery(`drop database if exists "${DATABASE}" with (force)`)
  await pgQuery(`create database "${DATABASE}"`)
  await medusaCommand(["db:migrate"], appEnv("server"))

  // Seeded before the app processes boot: the first boot on a database also creates Medusa's
  // defaults (store, default sales channel), which boots at once would race for.
  const seedFile = path.join(LOG_DIR, "seed.json")
  fs.mkdirSync(LOG_DIR, { recursive: true })
  await medusaCommand(["exec", "integration-tests/distributed/seed-store.ts", seedFile], appEnv("server"))
  ;({ store, admin } = JSON.parse(fs.readFileSync(seedFile, "utf8")))

  // The workers wake in the first minutes of the 1st: every daily job is due later that night.
  await setWorkerClock(at(0, 10, 0))
  const ports = [await freePort(), await freePort(), await freePort()]
  server = startMedusa("server", ports[0], appEnv("server"), LOG_DIR)
  workers = [1, 2].map((n) => startMedusa(`worker-${n}`, ports[n], workerEnv(), LOG_DIR))
  await Promise.all([server, ...workers].map((proc) => waitForHealth(proc, 300_000)))
  api = httpClient(server.baseUrl)
})

afterAll(async () => {
  await Promise.all([server, ...workers].map(stopMedusa))
  await eventsQueue?.close()
  await jobsQueue?.close()
  await redis?.flushdb()
  redis?.disconnect()
  fs.rmSync(CLOCK_FILE, { force: true })
  await pgQuery(`drop database if exists "${DATABASE}" with (force)`).catch(() => undefined)
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

    async function partner(code: string, buyerCount: number) {
      const { dealer } = await post("/admin/dealers", { code, name: `Partner ${code}`, tier_id: bronze.id })
      const buyers: Headers[] = []
      for (let n = 1; n <= buyerCount; n++) {
        const buyer = await registerCustomer(api, store.publishableKey, `buyer${n}@${code.toLowerCase()}.example`)
        await post(`/admin/dealers/${dealer.id}/members`, { customer_id: buyer.id, role: "buyer" })
        buyers.push(buyer.headers)
      }
      const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
        valid_from: `${PERIOD}-01T00:00:00Z`,
        reward_program_ids: [program.id],
      })
      await post(`/admin/dealer-agreements/${agreement.id}/activate`)
      return { dealer, buyers }
    }
    const north = await partner("NORTH", 2)
    const south = await partner("SOUTH", 1)

    // Real checkouts through the server, three buyers at once.
    const drill = store.variants["drill-x18"]
    const saw = store.variants["saw-c7"]
    const [n1, n2, s1] = await Promise.all([
      placeOrders(north.buyers[0], [[{ variant_id: drill, quantity: 2 }], [{ variant_id: saw, quantity: 1 }]]),
      placeOrders(north.buyers[1], [
        [
          { variant_id: drill, quantity: 1 },
          { variant_id: saw, quantity: 2 },
        ],
        [{ variant_id: drill, quantity: 3 }],
      ]),
      placeOrders(south.buyers[0], [[{ variant_id: saw, quantity: 3 }], [{ variant_id: drill, quantity: 1 }]]),
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
    await eventsQueue.addBulk(
      allOrders.flatMap((order) =>
        [1, 2].map(() => ({
          name: "order.placed",
          data: { data: { id: order.id }, metadata: {} },
          opts: { removeOnComplete: true, attempts: 1 },
        }))
      )
    )
    await waitFor(
      () => eventsQueue.getJobCounts("wait", "active", "prioritized", "delayed", "paused"),
      (counts) => Object.values(counts).every((n) => n === 0),
      { timeoutMs: 120_000, intervalMs: 500 }
    )
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
        amount: (await salesOf(orders)).toFixed(),
        order_count: orders.length,
      })
    }

    // The daily jobs, from the Redis workflow engine's schedule on the workers' clock.
    await fireScheduledJob(EXPIRE_AGREEMENTS_JOB, at(1, 0, 0))
    const closeRuns = await fireScheduledJob(CLOSE_REWARD_PERIODS_JOB, at(4, 0, 0), { redeliver: true })
    const reviewRuns = await fireScheduledJob(REVIEW_TIERS_JOB, at(5, 0, 0), { redeliver: true })
    await fireScheduledJob(CHECK_DEVIATIONS_JOB, at(6, 0, 0))

    // Both workers registered the schedule; each job still ran once from it.
    for (const job of [EXPIRE_AGREEMENTS_JOB, CLOSE_REWARD_PERIODS_JOB, REVIEW_TIERS_JOB, CHECK_DEVIATIONS_JOB]) {
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
      { job: REVIEW_TIERS_JOB, period_key: PERIOD, status: "succeeded", attempts: 1 },
    ])
    expect(countIn(workerLogs(), `closed rewards of ${PERIOD} `)).toBe(1)
    expect(countIn(workerLogs(), `tier review ${PERIOD}:`)).toBe(1)

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
            ["Volume rebate", PERIOD, (await salesOf(orders)).times(2).div(100).toFixed(2)],
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
