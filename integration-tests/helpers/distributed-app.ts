/**
 * The in-repo app on Medusa's distributed setup, for the tests in
 * integration-tests/distributed: a database and a Redis database of the
 * test's own, the environment of its `server` and `worker` processes, the
 * event bus's queue as Medusa's Redis event bus sees it, and what the tests
 * do through the admin and store APIs (partners, checkouts, sums of orders).
 */
import BigNumber from "bignumber.js"
import fs from "fs"
import path from "path"
import type { Queue } from "bullmq"
import type Redis from "ioredis"
import { adminRequests, Headers, registerCustomer } from "./auth"
import { checkout, WholesaleStore } from "./checkout"
import { databaseUrl, httpClient, medusaCommand, MedusaServer, pgQuery, stopMedusa } from "./medusa-process"
import type { RewardNetworkSpec } from "./reward-network"
import { waitFor } from "./wait"

export const REDIS_HOST = process.env.REDIS_HOST || "localhost"
const OWNER_KEY = "dealer-network-test:owner"

// The same bullmq and ioredis as Medusa's Redis event bus, to publish and read its queues as it does.
const eventBusDir = path.dirname(require.resolve("@medusajs/event-bus-redis"))
const fromEventBus = <T>(name: string): T => require(require.resolve(name, { paths: [eventBusDir] }))
export const { Queue: BullQueue } = fromEventBus<typeof import("bullmq")>("bullmq")
const IORedis = fromEventBus<{ default: typeof Redis }>("ioredis").default

export type RedisDatabase = { url: string; redis: Redis; connection: { host: string; port: number; db: number } }

/** The highest-numbered Redis database nobody uses, marked as this run's. */
export async function claimRedisDatabase(): Promise<RedisDatabase> {
  for (let db = 15; db >= 1; db--) {
    const url = `redis://${REDIS_HOST}:6379/${db}`
    const redis = new IORedis(url, { maxRetriesPerRequest: 1 })
    const claimed = await redis.set(OWNER_KEY, String(process.pid), "EX", 3600, "NX")
    if (claimed && (await redis.dbsize()) === 1) return { url, redis, connection: { host: REDIS_HOST, port: 6379, db } }
    if (claimed) await redis.del(OWNER_KEY)
    redis.disconnect()
  }
  throw new Error(`no free Redis database on ${REDIS_HOST}:6379 (is redis-server running?)`)
}

export async function releaseRedisDatabase(database: RedisDatabase | undefined) {
  await database?.redis.flushdb()
  database?.redis.disconnect()
}

/** The queue Medusa's Redis event bus publishes events to and its workers consume. */
export const eventBusQueue = (database: RedisDatabase): Queue =>
  new BullQueue("events-queue", { prefix: "RedisEventBusService", connection: database.connection })

/** The environment of a `medusa` process of the in-repo app on the test's database and Redis. */
export const appEnv = (
  options: { database: string; redisUrl: string; mode: "server" | "worker"; scheduledJobs: boolean }
): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "development",
  NODE_OPTIONS: "",
  DATABASE_URL: databaseUrl(options.database),
  REDIS_URL: options.redisUrl,
  MEDUSA_WORKER_MODE: options.mode,
  MEDUSA_ADMIN_DISABLED: "true",
  MEDUSA_DISABLE_TELEMETRY: "true",
  JWT_SECRET: "distributed-test-jwt",
  COOKIE_SECRET: "distributed-test-cookie",
  LOG_LEVEL: "info",
  DEALER_NETWORK_SCHEDULED_JOBS: options.scheduledJobs ? "on" : "off",
})

/**
 * A fresh database, migrated and seeded by `medusa exec <seedScript> <out.json> …seedArgs`
 * before any app process boots (the first boot on a database also creates Medusa's
 * defaults, which boots at once would race for). Returns what the seed wrote.
 */
export async function prepareDatabase<T>(
  database: string,
  env: NodeJS.ProcessEnv,
  seed: { script: string; outDir: string; args?: string[] }
): Promise<T> {
  await pgQuery(`drop database if exists "${database}" with (force)`)
  await pgQuery(`create database "${database}"`)
  await medusaCommand(["db:migrate"], env)
  fs.mkdirSync(seed.outDir, { recursive: true })
  const seedFile = path.join(seed.outDir, "seed.json")
  await medusaCommand(["exec", seed.script, seedFile, ...(seed.args ?? [])], env)
  return JSON.parse(fs.readFileSync(seedFile, "utf8"))
}

export const dropDatabase = (database: string) =>
  pgQuery(`drop database if exists "${database}" with (force)`).catch(() => undefined)

export type DistributedApp = {
  redis: RedisDatabase
  /** The queue of Medusa's Redis event bus. */
  events: Queue
  /** The wholesale store of distributed/seed-store.ts, and an admin session. */
  store: WholesaleStore
  admin: Headers
  /** The environment of a `server` or `worker` process of the app. */
  envOf: (mode: "server" | "worker") => NodeJS.ProcessEnv
}

/**
 * What the distributed suites start from: a Redis database of their own with
 * the event bus's queue, and a fresh `database` seeded by distributed/seed-store.ts
 * (with `network`, also that reward network). No app process runs yet.
 */
export async function openDistributedApp(options: {
  database: string
  logDir: string
  scheduledJobs: boolean
  network?: RewardNetworkSpec
}): Promise<DistributedApp> {
  const redis = await claimRedisDatabase()
  const events = eventBusQueue(redis)
  const envOf = (mode: "server" | "worker") =>
    appEnv({ database: options.database, redisUrl: redis.url, mode, scheduledJobs: options.scheduledJobs })
  try {
    const { store, admin } = await prepareDatabase<{ store: WholesaleStore; admin: Headers }>(options.database, envOf("server"), {
      script: "integration-tests/distributed/seed-store.ts",
      outDir: options.logDir,
      args: options.network ? [JSON.stringify(options.network)] : [],
    })
    return { redis, events, store, admin, envOf }
  } catch (error) {
    await events.close()
    await releaseRedisDatabase(redis)
    await dropDatabase(options.database)
    throw error
  }
}

/** Stops the processes, closes the queues, frees the Redis database and drops `database`. */
export async function closeDistributedApp(
  app: DistributedApp | undefined,
  database: string,
  processes: (MedusaServer | undefined)[],
  queues: (Queue | undefined)[] = []
) {
  await Promise.all(processes.map(stopMedusa))
  await app?.events.close()
  for (const queue of queues) await queue?.close()
  await releaseRedisDatabase(app?.redis)
  await dropDatabase(database)
}

export const countIn = (text: string, needle: string) => text.split(needle).length - 1

/** Every order's order.placed published again `copies` times, as an at-least-once queue may deliver it. */
export async function publishOrderPlaced(queue: Queue, orders: { id: string }[], copies: number) {
  await queue.addBulk(
    orders.flatMap((order) =>
      Array.from({ length: copies }, () => ({
        name: "order.placed",
        data: { data: { id: order.id }, metadata: {} },
        opts: { removeOnComplete: true, attempts: 1 },
      }))
    )
  )
}

/** Waits until no event is waiting, running or delayed; returns the queue's counts then. */
export async function waitForDrainedQueue(queue: Queue, timeoutMs = 120_000) {
  await waitFor(
    () => queue.getJobCounts("wait", "active", "prioritized", "delayed", "paused"),
    (counts) => Object.values(counts).every((n) => n === 0),
    { timeoutMs, intervalMs: 500 }
  )
  return queue.getJobCounts("completed", "failed")
}

type Api = ReturnType<typeof httpClient>

/**
 * A dealer with `buyerCount` buyers (registered through the store API) and an
 * active agreement from the 1st of `period` under the given reward programs.
 */
export async function enrolPartner(
  api: Api,
  admin: Headers,
  store: WholesaleStore,
  partner: { code: string; buyerCount: number; period: string; programIds?: string[]; tierId?: string }
) {
  const { post } = adminRequests(api, admin)
  const { dealer } = await post("/admin/dealers", {
    code: partner.code,
    name: `Partner ${partner.code}`,
    ...(partner.tierId && { tier_id: partner.tierId }),
  })
  const buyers: Headers[] = []
  for (let n = 1; n <= partner.buyerCount; n++) {
    const buyer = await registerCustomer(api, store.publishableKey, `buyer${n}@${partner.code.toLowerCase()}.example`)
    await post(`/admin/dealers/${dealer.id}/members`, { customer_id: buyer.id, role: "buyer" })
    buyers.push(buyer.headers)
  }
  const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
    valid_from: `${partner.period}-01T00:00:00Z`,
    reward_program_ids: partner.programIds ?? [],
  })
  await post(`/admin/dealer-agreements/${agreement.id}/activate`)
  return { dealer, buyers }
}

/** A buyer's checkouts one after the other, one per basket. */
export async function placeOrders(
  api: Api,
  store: WholesaleStore,
  buyer: Headers,
  baskets: { variant_id: string; quantity: number }[][]
) {
  const orders: { id: string }[] = []
  for (const items of baskets) orders.push(await checkout(api, store, buyer, items))
  return orders
}

/** Sum of the orders' item subtotals, read from Medusa's orders: what the plan counts. */
export async function salesOf(api: Api, admin: Headers, orders: { id: string }[]) {
  let sum = new BigNumber(0)
  for (const order of orders) {
    const { order: stored } = await adminRequests(api, admin).get(`/admin/orders/${order.id}?fields=id,item_subtotal`)
    sum = sum.plus(stored.item_subtotal)
  }
  return sum
}
