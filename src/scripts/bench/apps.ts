import type { MedusaContainer } from "@medusajs/framework/types"
import fs from "fs"
import path from "path"
import { createAdminHeaders, Headers, registerCustomer } from "../../../integration-tests/helpers/auth"
import { seedWholesaleStore, TOOLS, WholesaleStore } from "../../../integration-tests/helpers/checkout"
import { enrolPartner } from "../../../integration-tests/helpers/distributed-app"
import {
  freePort,
  httpClient,
  medusaCommand,
  MedusaServer,
  ROOT,
  startMedusa,
  stopMedusa,
  waitForHealth,
} from "../../../integration-tests/helpers/medusa-process"

// The two apps the HTTP figures are taken through: the in-repo app with the
// plugin on the benchmark's database, and the same app without the plugin
// (scripts/bench.js makes its folder and database) as the checkout baseline.
// Each has the wholesale store the checkout tests use.

export type BenchApp = {
  server: MedusaServer
  api: ReturnType<typeof httpClient>
  store: WholesaleStore
  admin: Headers
  /** Customers who check out: buyers of active dealers in the app with the plugin. */
  buyers: Headers[]
}

const CHECKOUT_DEALERS = 2
const BUYERS_PER_DEALER = 2

const appEnv = (overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_OPTIONS: "",
  LOG_LEVEL: "error",
  ...overrides,
})

async function boot(name: string, env: NodeJS.ProcessEnv, logDir: string, cwd = ROOT) {
  const server = startMedusa(name, await freePort(), env, logDir, cwd)
  await waitForHealth(server, 300_000)
  return server
}

/** The app with the plugin, its store seeded through this process's container, its buyers members of active dealers. */
export async function startPluginApp(container: MedusaContainer, logDir: string, period: string): Promise<BenchApp> {
  const store = await seedWholesaleStore(container, [TOOLS.drill, TOOLS.saw])
  const admin = await createAdminHeaders(container)
  const server = await boot("with-plugin", appEnv({}), logDir)
  const api = httpClient(server.baseUrl)
  await api.post("/admin/dealer-settings", { b2b_sales_channel_id: store.salesChannelId }, admin)
  const buyers: Headers[] = []
  for (let n = 1; n <= CHECKOUT_DEALERS; n++) {
    const partner = await enrolPartner(api, admin, store, { code: `BENCH-BUY${n}`, buyerCount: BUYERS_PER_DEALER, period })
    buyers.push(...partner.buyers)
  }
  return { server, api, store, admin, buyers }
}

/**
 * The app without the plugin, booted from its own folder on its own copy of the
 * seeded network, with the same store and plain customers. `name` and `databaseUrl`
 * tell a second one (the control run) from the baseline.
 */
export async function startBaselineApp(
  logDir: string,
  name = "without-plugin",
  databaseUrl = process.env.BENCH_BASELINE_DATABASE_URL
): Promise<BenchApp> {
  const cwd = process.env.BENCH_BASELINE_DIR!
  const env = appEnv({ DATABASE_URL: databaseUrl, DEALER_NETWORK_BENCH_WITHOUT_PLUGIN: "1" })
  const seedFile = path.join(logDir, `${name}-seed.json`)
  await medusaCommand(["exec", path.join(ROOT, "integration-tests/distributed/seed-store.ts"), seedFile], env, cwd)
  const { store, admin } = JSON.parse(fs.readFileSync(seedFile, "utf8")) as { store: WholesaleStore; admin: Headers }
  const server = await boot(name, env, logDir, cwd)
  const api = httpClient(server.baseUrl)
  const buyers: Headers[] = []
  for (let n = 1; n <= CHECKOUT_DEALERS * BUYERS_PER_DEALER; n++) {
    buyers.push((await registerCustomer(api, store.publishableKey, `buyer${n}@baseline.example`)).headers)
  }
  return { server, api, store, admin, buyers }
}

export async function stopApps(apps: (BenchApp | undefined)[]) {
  await Promise.all(apps.map((app) => stopMedusa(app?.server)))
}
