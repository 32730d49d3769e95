import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { prepareCart } from "../../../integration-tests/helpers/checkout"
import { median, pairedRatio, percentile } from "../../lib/bench-stats"
import orderPlacedHandler from "../../subscribers/order-placed"
import type { BenchApp } from "./apps"
import { measure, Measurement, withPeakRss } from "./measure"
import type { BenchScale } from "./scale"

// Checkout through the store API with and without the plugin, taken in turns so
// that the machine's noise falls on both alike; then what the plugin does on
// each order.placed (the subscriber: attribution, zone check, contribution),
// one order at a time and as a burst it drains.

const WARMUP_CHECKOUTS = 3
/** Orders the subscriber handles at once in the burst, as the event bus hands them over. */
const EVENT_CONCURRENCY = 4

type CheckoutTiming = { total: number; complete: number; routes: Map<string, number> }

/** The store route of a request, with its ids left out ("POST /store/carts/:id/line-items"). */
const routeOf = (method: string, url: string) =>
  `${method} ${url.split("?")[0].replace(/\/[a-z]+(?:_[a-z]+)*_[0-9A-Z]{26}/g, "/:id")}`

/** The app's API, timing each request into `routes` (added up per route, for a route called twice). */
function timedApi(app: BenchApp, routes: Map<string, number>): BenchApp["api"] {
  const timed =
    <A extends unknown[]>(method: string, call: (url: string, ...rest: A) => Promise<{ data: any }>) =>
    async (url: string, ...rest: A) => {
      const started = performance.now()
      const response = await call(url, ...rest)
      const route = routeOf(method, url)
      routes.set(route, (routes.get(route) ?? 0) + performance.now() - started)
      return response
    }
  return { post: timed("POST", app.api.post), get: timed("GET", app.api.get) }
}

async function timedCheckout(app: BenchApp, n: number): Promise<CheckoutTiming> {
  const buyer = app.buyers[n % app.buyers.length]
  const routes = new Map<string, number>()
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

const summary = (label: string, values: number[]) => ({
  label,
  runs: values.length,
  median_ms: tenths(median(values)!),
  p95_ms: tenths(percentile(values, 95)!),
})

/** Each store route's median in both sets of checkouts, and the median of its paired ratios: where the overhead is. */
function routeFigures(measured: CheckoutTiming[], baseline: CheckoutTiming[]) {
  return [...measured[0].routes.keys()].map((route) => {
    const measuredMs = measured.map((t) => t.routes.get(route) ?? 0)
    const baselineMs = baseline.map((t) => t.routes.get(route) ?? 0)
    return {
      route,
      with_median_ms: tenths(median(measuredMs)!),
      without_median_ms: tenths(median(baselineMs)!),
      paired_ratio: pairedRatio(measuredMs, baselineMs),
    }
  })
}

/**
 * Rounds of one checkout on each app, each round starting one app further on so
 * that no app always goes first; each app's checkouts after the warm-up rounds.
 */
async function checkoutsInTurns(apps: BenchApp[], scale: BenchScale): Promise<CheckoutTiming[][]> {
  const timings = apps.map(() => [] as CheckoutTiming[])
  for (let n = 0; n < WARMUP_CHECKOUTS + scale.checkouts; n++) {
    for (let turn = 0; turn < apps.length; turn++) {
      const at = (n + turn) % apps.length
      const timing = await timedCheckout(apps[at], n)
      if (n >= WARMUP_CHECKOUTS) timings[at].push(timing)
    }
  }
  return timings
}

/** Two sets of checkouts of the same rounds: each one's median, the median of the paired ratios, and the same per store route. */
function compareCheckouts(measured: CheckoutTiming[], baseline: CheckoutTiming[], names: { with: string; without: string }) {
  const totals = { with: measured.map((t) => t.total), without: baseline.map((t) => t.total) }
  const completions = { with: measured.map((t) => t.complete), without: baseline.map((t) => t.complete) }
  const figures = {
    with_plugin: summary(`checkout ${names.with} (cart to order)`, totals.with),
    without_plugin: summary(`checkout ${names.without} (cart to order)`, totals.without),
    complete_with_plugin: summary(`cart completion ${names.with}`, completions.with),
    complete_without_plugin: summary(`cart completion ${names.without}`, completions.without),
  }
  for (const figure of Object.values(figures)) {
    console.log(`  ${figure.label.padEnd(64)} median ${String(figure.median_ms).padStart(9)} ms  p95 ${String(figure.p95_ms).padStart(9)} ms`)
  }
  const routes = routeFigures(measured, baseline)
  for (const route of routes) {
    console.log(
      `  ${route.route.padEnd(64)} median ${String(route.with_median_ms).padStart(7)} / ${String(route.without_median_ms).padStart(7)} ms  paired ${route.paired_ratio} ×`
    )
  }
  return {
    ...figures,
    paired_ratio: pairedRatio(totals.with, totals.without),
    complete_paired_ratio: pairedRatio(completions.with, completions.without),
    routes,
  }
}

/**
 * Checkouts in turns on the apps (after warm-up rounds): with the plugin against
 * without, and, given a `control` (a second app without the plugin), the control
 * against the app without the plugin in the same rounds, which is the bench's own
 * asymmetry.
 */
export async function benchCheckout(withPlugin: BenchApp, withoutPlugin: BenchApp, scale: BenchScale, control?: BenchApp) {
  const [withTimings, withoutTimings, controlTimings] = await checkoutsInTurns(
    control ? [withPlugin, withoutPlugin, control] : [withPlugin, withoutPlugin],
    scale
  )
  const plugin = compareCheckouts(withTimings, withoutTimings, { with: "with the plugin", without: "without the plugin" })
  if (controlTimings) console.log("  the control run, two apps without the plugin:")
  const controlNames = { with: "of the control (without the plugin)", without: "without the plugin" }
  return { ...plugin, control: controlTimings && compareCheckouts(controlTimings, withoutTimings, controlNames) }
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
  const single = await unseenOrders(container, app, scale.eventOrders + 3)
  let next = 0
  const oneEvent: Measurement = await measure("order.placed handled (attribution, zone check, contribution)", {
    warmup: 3,
    runs: scale.eventOrders,
  }, async () => {
    await handleOrderPlaced(container, single[next++])
  })

  const burst = await unseenOrders(container, app, scale.eventOrders)
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
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
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
