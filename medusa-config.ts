// The in-repo host app: loads the plugin's own src/ for the tests and the demo.
// It is not part of the published package (package.json "files" holds .medusa/server only).
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { DEMO_REWARD_PROGRAMS } from "./src/scripts/demo/reward-programs"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Medusa's distributed setup when REDIS_URL is set: `server` and `worker` processes
// (MEDUSA_WORKER_MODE) share events, workflows and scheduled jobs, locks and the cache
// through Redis. See the README's "Production setup".
const redisUrl = process.env.REDIS_URL
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    ]
  : []

// The benchmark's baseline: the same app with the plugin's modules left out. It boots from a
// folder without the plugin's src/ (scripts/bench.js makes one), so no route, middleware,
// subscriber, link or job of the plugin loads either.
const withoutPlugin = process.env.DEALER_NETWORK_BENCH_WITHOUT_PLUGIN === "1"

const pluginModules = [
  {
    resolve: "./src/modules/dealer-network",
    options: {
      defaultCurrency: process.env.DEALER_NETWORK_CURRENCY || "eur",
      timeZone: process.env.DEALER_NETWORK_TIME_ZONE || "UTC",
      salesEvent: process.env.DEALER_NETWORK_SALES_EVENT || "order.placed",
      scheduledJobs: process.env.DEALER_NETWORK_SCHEDULED_JOBS !== "off",
      // The demo manufacturer's own account (a documented test IBAN), which SEPA payout files pay from.
      payoutDebtor: { name: "Demo Manufacturer GmbH", iban: "DE02120300000000202051", bic: "BYLADEM1001" },
    },
  },
  { resolve: "./src/modules/sales-plan" },
  {
    resolve: "./src/modules/rewards",
    // Programs defined in code; the demo's when DEALER_NETWORK_CODE_PROGRAMS=demo.
    options: { rewardPrograms: process.env.DEALER_NETWORK_CODE_PROGRAMS === "demo" ? DEMO_REWARD_PROGRAMS : [] },
  },
  { resolve: "./src/modules/engagement" },
]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    ...(redisUrl
      ? { redisUrl, workerMode: process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined }
      : {}),
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    // Pre-bundled when the dev server starts: a library Vite first meets on a page
    // (the overview's charts) would otherwise make it re-bundle and reload every open page.
    // The cache lives in the checkout, not in node_modules, so that worktrees sharing one
    // node_modules don't re-bundle each other's dependencies mid-test.
    vite: () => ({
      cacheDir: `${process.cwd()}/.cache/admin-vite`,
      optimizeDeps: { include: ["recharts", "react-hook-form", "@hookform/resolvers/zod"] },
    }),
  },
  modules: [
    ...(withoutPlugin ? [] : pluginModules),
    // Alerts and tier changes are sent through the Notification module; the local
    // provider only logs them (and records them), on both channels the plugin uses.
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local Notification Provider", channels: ["email", "feed"] },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
