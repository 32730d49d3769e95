import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminHeaders, Headers, registerCustomer } from "../../../integration-tests/helpers/auth"
import { seedWholesaleStore, TOOLS, WholesaleStore } from "../../../integration-tests/helpers/checkout"
import { enrolPartner } from "../../../integration-tests/helpers/distributed-app"
import {
  freePort,
  httpClient,
  MedusaServer,
  ROOT,
  startMedusa,
  stopMedusa,
  waitForHealth,
} from "../../../integration-tests/helpers/medusa-process"

// The apps the HTTP figures are taken through, all on the benchmark's database:
// the in-repo app with the plugin, and the same app without the plugin's code
// (scripts/bench.js makes its folder) as the checkout baseline. They share the
// wholesale store the checkout tests use.

export type BenchApp = {
  server: MedusaServer
  api: ReturnType<typeof httpClient>
  store: WholesaleStore
  admin: Headers
  /** Customers who check out: buyers of active dealers in the app with the plugin. */
  buyers: Headers[]
  /** The same app in one more server process (a port of its own), with the same store and buyers. */
  anotherProcess: () => Promise<BenchApp>
}

type AppData = Omit<BenchApp, "server" | "api" | "anotherProcess">

/** The app with the plugin, and each buyer's customer group: its dealer's, which the dealer's price list applies to. */
export type PluginBenchApp = BenchApp & { buyerGroups: string[] }

const CHECKOUT_DEALERS = 2
const BUYERS_PER_DEALER = 2

const appEnv = (overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_OPTIONS: "",
  LOG_LEVEL: "error",
  ...overrides,
})

/** Boots the app's server processes one after another, each logging to a file of its own. */
function serverStarter(name: string, env: NodeJS.ProcessEnv, logDir: string, cwd = ROOT) {
  let started = 0
  return async () => {
    started++
    const server = startMedusa(started === 1 ? name : `${name}-${started}`, await freePort(), env, logDir, cwd)
    await waitForHealth(server, 300_000)
    return server
  }
}

function onServer(server: MedusaServer, data: AppData, startServer: () => Promise<MedusaServer>): BenchApp {
  return {
    ...data,
    server,
    api: httpClient(server.baseUrl),
    anotherProcess: async () => onServer(await startServer(), data, startServer),
  }
}

/** The app with the plugin, its store seeded through this process's container, its buyers members of active dealers. */
export async function startPluginApp(container: MedusaContainer, logDir: string, period: string): Promise<PluginBenchApp> {
  const store = await seedWholesaleStore(container, [TOOLS.drill, TOOLS.saw])
  const admin = await createAdminHeaders(container)
  const startServer = serverStarter("with-plugin", appEnv({}), logDir)
  const server = await startServer()
  const api = httpClient(server.baseUrl)
  await api.post("/admin/dealer-settings", { b2b_sales_channel_id: store.salesChannelId }, admin)
  const buyers: Headers[] = []
  const buyerGroups: string[] = []
  for (let n = 1; n <= CHECKOUT_DEALERS; n++) {
    const partner = await enrolPartner(api, admin, store, { code: `BENCH-BUY${n}`, buyerCount: BUYERS_PER_DEALER, period })
    buyers.push(...partner.buyers)
    buyerGroups.push(...partner.buyers.map(() => partner.dealer.customer_group_id as string))
  }
  return { ...onServer(server, { store, admin, buyers }, startServer), buyerGroups }
}

/**
 * Apps on the same database as the app with the plugin that leave its code out,
 * each booted from a folder scripts/bench.js makes: "without-plugin" (the
 * baseline) and "control" (a second one, the bench's own asymmetry) without any
 * of it; "modules-only" with the plugin's modules but none of its routes,
 * middlewares, subscribers, links, workflows or jobs.
 */
const WITHOUT_PLUGIN = { dir: "BENCH_BASELINE_DIR", env: { DEALER_NETWORK_BENCH_WITHOUT_PLUGIN: "1" } }
export const APPS_WITHOUT_PLUGIN_CODE = {
  "without-plugin": { ...WITHOUT_PLUGIN, description: "the app without the plugin" },
  control: { ...WITHOUT_PLUGIN, description: "a second app without the plugin (the control)" },
  "modules-only": { dir: "BENCH_MODULES_ONLY_DIR", env: {}, description: "an app with the plugin's modules alone" },
} as const

export type AppWithoutPluginCode = keyof typeof APPS_WITHOUT_PLUGIN_CODE

/**
 * One of those apps, with the same store as the app with the plugin and buyers
 * of its own in the same customer groups as the dealers' buyers, so that Medusa
 * prices their carts from the same price lists: the apps differ in code only.
 */
export async function startAppWithoutPluginCode(
  withPlugin: PluginBenchApp,
  logDir: string,
  name: AppWithoutPluginCode
): Promise<BenchApp> {
  const { dir, env } = APPS_WITHOUT_PLUGIN_CODE[name]
  const startServer = serverStarter(name, appEnv(env), logDir, process.env[dir]!)
  const server = await startServer()
  const api = httpClient(server.baseUrl)
  const { store, admin } = withPlugin
  const buyers: Headers[] = []
  for (const [n, groupId] of withPlugin.buyerGroups.entries()) {
    const buyer = await registerCustomer(api, store.publishableKey, `buyer${n + 1}@${name}.example`)
    await api.post(`/admin/customer-groups/${groupId}/customers`, { add: [buyer.id] }, admin)
    buyers.push(buyer.headers)
  }
  return onServer(server, { store, admin, buyers }, startServer)
}

export async function stopApps(apps: (BenchApp | undefined)[]) {
  await Promise.all(apps.map((app) => stopMedusa(app?.server)))
}
