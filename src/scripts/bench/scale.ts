// The size of the benchmark's network: a named scale (BENCH_SCALE: smoke, default,
// large), with BENCH_DEALERS / BENCH_ORDERS / BENCH_RUNS / BENCH_CHECKOUT_PROCESSES overriding its parts.
export type BenchScale = {
  name: string
  dealers: number
  territories: number
  /** Contributions (orders), spread over the year's months, 3 lines each. */
  orders: number
  /** Rows of the plan CSV imported (dealers × months of the next year, capped). */
  csvRows: number
  /** Checkouts per app (with and without the plugin). */
  checkouts: number
  /**
   * Server processes each app's checkouts are spread over. One process runs the
   * same code up to ±10 % faster or slower than another for its whole life (as
   * it happened to be compiled), more than the 5 % the checkout's target allows.
   */
  checkoutProcesses: number
  /** Orders processed by the order.placed subscriber in the throughput run. */
  eventOrders: number
  /** Measured runs of the heavy operations (period close, CSV import), after one warm-up. */
  heavyRuns: number
  /** Measured requests of the read operations, after warm-up. */
  readRuns: number
}

const SCALES: Record<string, Omit<BenchScale, "name">> = {
  smoke: { dealers: 300, territories: 20, orders: 6_000, csvRows: 1_200, checkouts: 5, checkoutProcesses: 2, eventOrders: 10, heavyRuns: 1, readRuns: 5 },
  default: { dealers: 10_000, territories: 200, orders: 1_000_000, csvRows: 120_000, checkouts: 50, checkoutProcesses: 5, eventOrders: 100, heavyRuns: 3, readRuns: 50 },
  large: { dealers: 50_000, territories: 1_000, orders: 5_000_000, csvRows: 120_000, checkouts: 50, checkoutProcesses: 5, eventOrders: 100, heavyRuns: 3, readRuns: 50 },
}

const numberFrom = (value: string | undefined) => (value ? Number(value) : undefined)

export function benchScale(env: NodeJS.ProcessEnv = process.env): BenchScale {
  const name = env.BENCH_SCALE || "default"
  const base = SCALES[name]
  if (!base) throw new Error(`BENCH_SCALE: one of ${Object.keys(SCALES).join(", ")}, not ${name}`)
  const runs = numberFrom(env.BENCH_RUNS)
  return {
    ...base,
    name,
    dealers: numberFrom(env.BENCH_DEALERS) ?? base.dealers,
    orders: numberFrom(env.BENCH_ORDERS) ?? base.orders,
    checkoutProcesses: numberFrom(env.BENCH_CHECKOUT_PROCESSES) ?? base.checkoutProcesses,
    heavyRuns: runs ?? base.heavyRuns,
    readRuns: runs ? Math.max(runs, 5) : base.readRuns,
  }
}

/** The twelve months the network has plans and sales in, and the one closed. */
export const BENCH_MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`)
export const CLOSED_PERIOD = "2026-11"
/** The year the CSV import plans. */
export const IMPORT_YEAR = 2027
