import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { setTimeout } from "timers/promises"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { prepareCart } from "../../../integration-tests/helpers/checkout"
import { median, pairedRatio, percentile, ratioOf } from "../../lib/bench-stats"
import orderPlacedHandler from "../../subscribers/order-placed"
import { APPS_WITHOUT_PLUGIN_CODE, stopApps, type BenchApp } from "./apps"
import { measure, Measurement, withPeakRss } from "./measure"
import { processGroupCpuMs } from "./process-cpu"
import type { BenchScale } from "./scale"
import { analyzeAsAutovacuumWould } from "./table-statistics"

// Checkout through the store API with and without the plugin, taken in turns so
// that the machine's noise falls on both alike; then what the plugin does on
// each order.placed (the subscriber: attribution, zone check, contribution),
// one order at a time and as a burst it drains.

const WARMUP_CHECKOUTS = 3
/** How long the last round's work after its responses (order.placed) gets before the servers' CPU time is read. */
const SETTLE_MS = 1000
/** Orders the subscriber handles at once in the burst, as the event bus hands them over. */
const EVENT_CONCURRENCY = 4

/** A request's latency and the server's CPU time during it, in ms. */
type RequestCost = { ms: number; cpuMs: number }

/** One checkout's latency (ms) end to end and of its completion, and each store route's cost (added up for a route called twice). */
type CheckoutTiming = { total: number; complete: number; routes: Map<string, RequestCost> }

/**
 * An app's checkouts, and the CPU time (ms) its server processes used over all
 * their rounds, the work after each response included: in all, and per checkout
 * in each process.
 */
type AppCheckouts = { timings: CheckoutTiming[]; serverCpuMs: number; cpuPerCheckoutByProcess: number[] }

/** Apps that take turns too, each compared with the app without the plugin. */
export type OtherApps = Partial<Record<"control" | "modules-only", BenchApp>>

const serverCpuMs = (app: BenchApp) => processGroupCpuMs(app.server.child.pid!)

/** The store route of a request, with its ids left out ("POST /store/carts/:id/line-items"). */
const routeOf = (method: string, url: string) =>
  `${method} ${url.split("?")[0].replace(/\/[a-z]+(?:_[a-z]+)*_[0-9A-Z]{26}/g, "/:id")}`

/** The app's API, costing each request into `routes`. */
function timedApi(app: BenchApp, routes: Map<string, RequestCost>): BenchApp["api"] {
  const timed =
    <A extends unknown[]>(method: string, call: (url: string, ...rest: A) => Promise<{ data: any }>) =>
    async (url: string, ...rest: A) => {
      const cpuBefore = serverCpuMs(app)
      const started = performance.now()
      const response = await call(url, ...rest)
      const ms = performance.now() - started
      const route = routeOf(method, url)
      const cost = routes.get(route) ?? { ms: 0, cpuMs: 0 }
      routes.set(route, { ms: cost.ms + ms, cpuMs: cost.cpuMs + serverCpuMs(app) - cpuBefore })
      return response
    }
  return { post: timed("POST", app.api.post), get: timed("GET", app.api.get) }
}

async function timedCheckout(app: BenchApp, n: number): Promise<CheckoutTiming> {
  const buyer = app.buyers[n % app.buyers.length]
  const routes = new Map<string, RequestCost>()
  const api = timedApi(app, routes)
  const started = performance.now()
  const cartId = await prepareCart(api, app.store, buyer, [{ variant_id: app.store.variants["drill-x18"], quantity: 2 }])
  const completing = performance.now()
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, buyer)
  if (data.type !== "order") throw new Error(`checkout did not place an order: ${JSON.stringify(data)}`)
  const done = performance.now()
  return { total: done - started, complete: done - completing, routes }
}

const tenths = (ms: number) => Math.round(ms * 10) / 10

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

const summary = (label: string, values: number[]) => ({
  label,
  runs: values.length,
  median_ms: tenths(median(values)!),
  p95_ms: tenths(percentile(values, 95)!),
})

/**
 * Each store route's median in both sets of checkouts, the median of its paired
 * ratios, and the ratio of the server CPU it took in all (CPU time is read in
 * 10 ms ticks, too coarse to pair): where the overhead is.
 */
function routeFigures(measured: CheckoutTiming[], baseline: CheckoutTiming[]) {
  return [...measured[0].routes.keys()].map((route) => {
    const costs = (timings: CheckoutTiming[]) => timings.map((t) => t.routes.get(route) ?? { ms: 0, cpuMs: 0 })
    const [measuredCosts, baselineCosts] = [costs(measured), costs(baseline)]
    const measuredMs = measuredCosts.map((cost) => cost.ms)
    const baselineMs = baselineCosts.map((cost) => cost.ms)
    return {
      route,
      with_median_ms: tenths(median(measuredMs)!),
      without_median_ms: tenths(median(baselineMs)!),
      paired_ratio: pairedRatio(measuredMs, baselineMs),
      server_cpu_ratio: ratioOf(sum(measuredCosts.map((c) => c.cpuMs)), sum(baselineCosts.map((c) => c.cpuMs))),
    }
  })
}

/** The app's server and `count` - 1 more processes of it. */
async function inProcesses(app: BenchApp, count: number): Promise<BenchApp[]> {
  const processes = [app]
  while (processes.length < count) processes.push(await app.anotherProcess())
  return processes
}

/**
 * Each app's server processes warmed up, then rounds of one checkout on each
 * app, each round starting one app further on so that no app always goes first
 * and taking each app's next process; each app's checkouts, and its processes'
 * CPU time over those rounds, each process's apart.
 */
async function checkoutsInTurns(pg: Knex, apps: BenchApp[][], scale: BenchScale): Promise<AppCheckouts[]> {
  for (const server of apps.flat()) for (let n = 0; n < WARMUP_CHECKOUTS; n++) await timedCheckout(server, n)
  const timings = apps.map(() => [] as CheckoutTiming[])
  const checkoutsByProcess = apps.map((processes) => processes.map(() => 0))
  const cpuAtStart = apps.map((processes) => processes.map(serverCpuMs))
  for (let n = 0; n < scale.checkouts; n++) {
    await analyzeAsAutovacuumWould(pg)
    for (let turn = 0; turn < apps.length; turn++) {
      const at = (n + turn) % apps.length
      const p = n % apps[at].length
      timings[at].push(await timedCheckout(apps[at][p], n))
      checkoutsByProcess[at][p]++
    }
  }
  await setTimeout(SETTLE_MS)
  return apps.map((processes, at) => {
    const cpuByProcess = processes.map((server, p) => serverCpuMs(server) - cpuAtStart[at][p])
    return {
      timings: timings[at],
      serverCpuMs: sum(cpuByProcess),
      cpuPerCheckoutByProcess: cpuByProcess.map((cpu, p) => Math.round(cpu / checkoutsByProcess[at][p])),
    }
  })
}

/** The checkouts in turns, each app in `scale.checkoutProcesses` server processes: the one given and more, stopped afterwards. */
async function checkoutsInProcesses(pg: Knex, apps: BenchApp[], scale: BenchScale): Promise<AppCheckouts[]> {
  const more = scale.checkoutProcesses - 1
  if (more > 0) console.log(`\nBooting ${more} more server process${more > 1 ? "es" : ""} of each app…`)
  const processes: BenchApp[][] = []
  try {
    for (const app of apps) processes.push(await inProcesses(app, scale.checkoutProcesses))
    return await checkoutsInTurns(pg, processes, scale)
  } finally {
    await stopApps(processes.flatMap((copies) => copies.slice(1)))
  }
}

/** Two sets of checkouts of the same rounds: each one's median, the median of the paired ratios, server CPU per checkout, and the same per store route. */
function compareCheckouts(measured: AppCheckouts, baseline: AppCheckouts, names: { with: string; without: string }) {
  const totals = { with: measured.timings.map((t) => t.total), without: baseline.timings.map((t) => t.total) }
  const completions = { with: measured.timings.map((t) => t.complete), without: baseline.timings.map((t) => t.complete) }
  const figures = {
    with_plugin: summary(`checkout ${names.with} (cart to order)`, totals.with),
    without_plugin: summary(`checkout ${names.without} (cart to order)`, totals.without),
    complete_with_plugin: summary(`cart completion ${names.with}`, completions.with),
    complete_without_plugin: summary(`cart completion ${names.without}`, completions.without),
  }
  for (const figure of Object.values(figures)) {
    console.log(`  ${figure.label.padEnd(64)} median ${String(figure.median_ms).padStart(9)} ms  p95 ${String(figure.p95_ms).padStart(9)} ms`)
  }
  const serverCpu = {
    with_ms: Math.round(measured.serverCpuMs / measured.timings.length),
    without_ms: Math.round(baseline.serverCpuMs / baseline.timings.length),
    ratio: ratioOf(measured.serverCpuMs, baseline.serverCpuMs),
    with_by_process_ms: measured.cpuPerCheckoutByProcess,
    without_by_process_ms: baseline.cpuPerCheckoutByProcess,
  }
  console.log(`  ${"server CPU per checkout".padEnd(64)} ${serverCpu.with_ms} / ${serverCpu.without_ms} ms  ${serverCpu.ratio} ×`)
  if (measured.cpuPerCheckoutByProcess.length > 1) {
    const byProcess = (ms: number[]) => ms.join(", ")
    console.log(
      `  ${"  by server process".padEnd(64)} ${byProcess(serverCpu.with_by_process_ms)} / ${byProcess(serverCpu.without_by_process_ms)} ms`
    )
  }
  const routes = routeFigures(measured.timings, baseline.timings)
  for (const route of routes) {
    console.log(
      `  ${route.route.padEnd(64)} median ${String(route.with_median_ms).padStart(7)} / ${String(route.without_median_ms).padStart(7)} ms  paired ${route.paired_ratio} ×  CPU ${route.server_cpu_ratio} ×`
    )
  }
  return {
    ...figures,
    paired_ratio: pairedRatio(totals.with, totals.without),
    complete_paired_ratio: pairedRatio(completions.with, completions.without),
    server_cpu_per_checkout: serverCpu,
    routes,
  }
}

/**
 * Checkouts in turns on the apps, each in several server processes: with the plugin
 * against without, and each of the `others` against the app without the plugin
 * in the same rounds: the control (a second app without the plugin) gives the
 * bench's own asymmetry, the app with the plugin's modules alone what loading
 * them costs.
 */
export async function benchCheckout(
  container: MedusaContainer,
  withPlugin: BenchApp,
  withoutPlugin: BenchApp,
  scale: BenchScale,
  others: OtherApps
) {
  const otherNames = Object.keys(others) as (keyof OtherApps)[]
  const [withCheckouts, withoutCheckouts, ...otherCheckouts] = await checkoutsInProcesses(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    [withPlugin, withoutPlugin, ...otherNames.map((name) => others[name]!)],
    scale
  )
  const plugin = compareCheckouts(withCheckouts, withoutCheckouts, { with: "with the plugin", without: "without the plugin" })
  const compared = Object.fromEntries(
    otherNames.map((name, at) => {
      const { description } = APPS_WITHOUT_PLUGIN_CODE[name]
      console.log(`  ${description} against the app without the plugin:`)
      return [name, compareCheckouts(otherCheckouts[at], withoutCheckouts, { with: `on ${description}`, without: "without the plugin" })]
    })
  ) as Partial<Record<keyof OtherApps, ReturnType<typeof compareCheckouts>>>
  return { ...plugin, control: compared.control, modules_only: compared["modules-only"] }
}

/**
 * Orders placed from carts prepared through the store API and completed in this
 * process, whose event bus has no subscriber: orders the plugin has not seen yet.
 */
async function unseenOrders(container: MedusaContainer, app: BenchApp, count: number): Promise<string[]> {
  const ids: string[] = []
  for (let n = 0; n < count; n++) {
    const cartId = await prepareCart(app.api, app.store, app.buyers[n % app.buyers.length], [
      { variant_id: app.store.variants["saw-c7"], quantity: 1 + (n % 3) },
    ])
    const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
    ids.push(result.id)
  }
  return ids
}

const handleOrderPlaced = (container: MedusaContainer, id: string) =>
  orderPlacedHandler({ event: { name: "order.placed", data: { id } }, container, pluginOptions: {} } as never)

/** One order.placed at a time (median, p95), then a burst drained EVENT_CONCURRENCY at a time (orders per second). */
export async function benchOrderPlaced(container: MedusaContainer, app: BenchApp, scale: BenchScale) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const single = await unseenOrders(container, app, scale.eventOrders + 3)
  await analyzeAsAutovacuumWould(pg)
  let next = 0
  const oneEvent: Measurement = await measure("order.placed handled (attribution, zone check, contribution)", {
    warmup: 3,
    runs: scale.eventOrders,
  }, async () => {
    await handleOrderPlaced(container, single[next++])
  })

  const burst = await unseenOrders(container, app, scale.eventOrders)
  await analyzeAsAutovacuumWould(pg)
  const started = performance.now()
  const { peakRssMb } = await withPeakRss(async () => {
    const queue = [...burst]
    await Promise.all(
      Array.from({ length: EVENT_CONCURRENCY }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) await handleOrderPlaced(container, id)
      })
    )
  })
  const seconds = (performance.now() - started) / 1000
  const credited = Number(
    (await pg.raw("select count(distinct order_id) as n from dealer_contribution where order_id = any(?::text[])", [[...single, ...burst]]))
      .rows[0].n
  )
  if (credited !== single.length + burst.length) {
    throw new Error(`${single.length + burst.length} orders handled but ${credited} credited`)
  }
  const throughput = {
    orders: burst.length,
    concurrency: EVENT_CONCURRENCY,
    seconds: Math.round(seconds * 100) / 100,
    orders_per_second: Math.round((burst.length / seconds) * 10) / 10,
    peak_rss_mb: peakRssMb,
  }
  console.log(`  order.placed burst: ${throughput.orders} orders in ${throughput.seconds} s = ${throughput.orders_per_second}/s`)
  return { oneEvent, throughput }
}
