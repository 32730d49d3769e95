import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readFileSync } from "fs"
import { join } from "path"
import { STORE_DEALER_ROUTES } from "../../src/api/store/dealers/me/membership"
import { findPluginRoutes } from "../../src/api/utils/plugin-routes"
import { monthKeyOf } from "../../src/lib/periods"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { createAdminHeaders, createPublishableKey, registerCustomer } from "../helpers/auth"
import { checkout, prepareCart, seedWholesaleStore } from "../helpers/checkout"
import { recordTestSale } from "../helpers/ledger"
import { waitFor } from "../helpers/wait"

jest.setTimeout(900_000)

// The README's "Access" matrix, as a table: every store route of the plugin
// (found from src/api/store/**/route.ts: a new route fails until it is added
// here) × who calls it.

/** The README's columns. */
type Column = "no_token" | "no_dealer" | "buyer" | "owner" | "terminated"

/** A status the route answers with nothing but an error message, or "own": the caller's own data. */
type Verdict = 400 | 401 | 403 | 404 | "own"

type Cells = Record<Column, Verdict>
const cells = (no_token: Verdict, no_dealer: Verdict, buyer: Verdict, owner: Verdict, terminated: Verdict): Cells => ({
  no_token,
  no_dealer,
  buyer,
  owner,
  terminated,
})

type Caller = {
  name: string
  column: Column
  headers: Record<string, string>
  customerId?: string
  dealerId?: string
}

type World = {
  dealers: Record<"dist" | "a" | "sub" | "term" | "susp", string>
  /** Buyer of A's cart, over A's credit limit. */
  cartOverLimit: string
  cartCustomerId: string
  /** Free events open to all, by the caller who registers for it (A's manager and owner each need one). */
  eventFor: Record<string, string>
  /** A live registration by the caller who cancels it. */
  registrationOf: Record<string, string>
  /** A contest closed with every dealer of the world in it, and one running for DIST's sub-network (A, SUB). */
  contests: { closed: string; subNetwork: string }
  /** A free material open to every dealer, with unlimited stock. */
  freeMaterial: string
  /** A requested material request by the caller who cancels it. */
  materialRequestOf: Record<string, string>
}

type Row = {
  url: (world: World, caller: Caller) => string
  body?: (caller: Caller, world: World) => unknown
  /** Not a route file of the plugin: Medusa's route with the plugin's middleware, or a path that must not exist. */
  notARouteFile?: true
  /** A route about world.cartOverLimit: its own customer's verdict is "own", whatever the column. */
  aboutCart?: true
  /** The status of an "own" answer; 200 by default. */
  ownStatus?: number
  /** The dealers an "own" answer is about: each must be the caller's. */
  subjects?: (body: any) => string[]
  /** Whether the answer shows the sub-network's sales. */
  showsNetwork?: (body: any) => boolean
  /** More about an "own" answer. */
  check?: (body: any, caller: Caller, world: World) => void
  cells: Cells
}

const mentions = (text: string) => (body: unknown) => JSON.stringify(body).includes(text)

const MATRIX: Record<string, Row> = {
  "GET /store/dealers/me": {
    url: () => "/store/dealers/me",
    subjects: (b) => [b.dealer.id],
    check: (b, caller) => expect(b.membership.role).toBe(caller.name.split("_")[0]),
    cells: cells(401, 404, "own", "own", "own"),
  },
  "GET /store/dealers/me/catalog": {
    url: () => "/store/dealers/me/catalog?limit=100",
    // The world's one product, in the B2B channel; nobody's zones restrict the assortment.
    check: (b) => expect([b.count, b.restricted, b.products.map((p: any) => p.handle)]).toEqual([1, false, ["drill-x18"]]),
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/orders": {
    url: () => "/store/dealers/me/orders?limit=100",
    check: (b, c, w) => {
      // A's buyer and TERM's owner placed one order each; every member of those dealers sees it, only its buyer as theirs.
      const ordered = [w.dealers.a, w.dealers.term].includes(c.dealerId!)
      expect(b.orders).toHaveLength(ordered ? 1 : 0)
      if (ordered) expect(b.orders[0].placed_by_me).toBe(["buyer_a", "owner_term"].includes(c.name))
    },
    cells: cells(401, 404, "own", "own", "own"),
  },
  "GET /store/dealers/me/tier": {
    url: () => "/store/dealers/me/tier",
    check: (b) => expect(b).toMatchObject({ tier: null, tiers: [], next: null, history: [] }),
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/alerts": {
    url: () => "/store/dealers/me/alerts?limit=100",
    check: (b) => expect(b.alerts.every((alert: any) => !("dealer_id" in alert))).toBe(true),
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/conflicts": {
    url: () => "/store/dealers/me/conflicts?limit=100",
    check: (b) => expect(b.conflicts.every((conflict: any) => !("zone_owner_dealer_id" in conflict))).toBe(true),
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/progress": {
    url: () => "/store/dealers/me/progress",
    subjects: (b) => [b.progress.dealer_id],
    showsNetwork: (b) => b.progress.sub_network !== null || b.progress.sub_dealers !== null,
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/plans": {
    url: () => "/store/dealers/me/plans",
    subjects: (b) => [b.dealer_id],
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/receivables": {
    url: () => "/store/dealers/me/receivables",
    subjects: (b) => [b.receivables.dealer_id],
    check: (b, c, w) => expect(b.receivables.orders).toHaveLength([w.dealers.a, w.dealers.term].includes(c.dealerId!) ? 1 : 0),
    cells: cells(401, 404, "own", "own", "own"),
  },
  "GET /store/dealers/me/reward-accruals": {
    url: () => "/store/dealers/me/reward-accruals?limit=100",
    subjects: (b) => b.accruals.map((accrual: any) => accrual.dealer_id),
    showsNetwork: mentions("sub_network_amount"),
    check: (b) => {
      expect(b.accruals.length).toBeGreaterThan(0)
      expect(b.count).toBe(b.accruals.length)
    },
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/rewards/simulation": {
    url: () => "/store/dealers/me/rewards/simulation",
    subjects: (b) => b.simulations.map((simulation: any) => simulation.dealer_id),
    showsNetwork: (b) => mentions("subNetworkSalesAmount")(b) || b.simulations.some((s: any) => s.rules.length > 1),
    check: (b) => expect(b.simulations[0].rules.map((rule: any) => rule.name)).toContain("Own rebate"),
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/wallet": {
    url: () => "/store/dealers/me/wallet",
    subjects: (b) => [b.wallet.dealer_id],
    cells: cells(401, 404, 403, "own", 403),
  },
  "GET /store/dealers/me/payouts": {
    url: () => "/store/dealers/me/payouts",
    subjects: (b) => b.payouts.map((payout: any) => payout.dealer_id),
    cells: cells(401, 404, 403, "own", 403),
  },
  "GET /store/dealers/me/bank-accounts": {
    url: () => "/store/dealers/me/bank-accounts",
    subjects: (b) => b.bank_accounts.map((account: any) => account.dealer_id),
    check: (b) => expect(b.bank_accounts.every((account: any) => account.iban.includes("****"))).toBe(true),
    cells: cells(401, 404, 403, "own", 403),
  },
  "GET /store/dealers/me/events": {
    url: () => "/store/dealers/me/events?limit=100",
    check: (b, c, w) => {
      // The world's 4 free events are open to every active dealer: a suspended dealer's buyer sees none.
      expect(b.events).toHaveLength(c.dealerId === w.dealers.susp ? 0 : 4)
      expect(b.events.every((event: any) => !("audience" in event))).toBe(true)
    },
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/event-registrations": {
    url: () => "/store/dealers/me/event-registrations?limit=100",
    subjects: (b) => b.registrations.map((registration: any) => registration.dealer_id),
    cells: cells(401, 404, "own", "own", 403),
  },
  "POST /store/dealers/me/event-registrations": {
    url: () => "/store/dealers/me/event-registrations",
    body: (c, w) => ({ event_id: w.eventFor[c.name] ?? w.eventFor.owner_a, seats: 1, attendees: [{ name: c.name }] }),
    ownStatus: 201,
    subjects: (b) => [b.registration.dealer_id],
    check: (b) => expect(b.registration).toMatchObject({ status: "registered", share_amount: "0.00" }),
    cells: cells(401, 404, 403, "own", 403),
  },
  "POST /store/dealers/me/event-registrations/:id/cancel": {
    url: (w, c) => `/store/dealers/me/event-registrations/${w.registrationOf[c.name] ?? w.registrationOf.owner_a}/cancel`,
    ownStatus: 200,
    subjects: (b) => [b.registration.dealer_id],
    check: (b) => expect(b.registration).toMatchObject({ status: "cancelled", refunded: true }),
    cells: cells(401, 404, 403, "own", 403),
  },
  "GET /store/dealers/me/rating": {
    url: () => "/store/dealers/me/rating",
    // A suspended dealer is not rated (null); an active one gets its own entry only, never another dealer's.
    subjects: (b) => (b.rating ? [b.rating.dealer.id] : []),
    check: (b, c, w) => {
      expect(Object.keys(b).sort()).toEqual(["network_count", "period", "rating", "weights"])
      expect(b.rating === null).toBe(c.dealerId === w.dealers.susp)
    },
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/contests": {
    url: () => "/store/dealers/me/contests?limit=100",
    check: (b, c, w) => {
      const inSubNetwork = [w.dealers.a, w.dealers.sub].includes(c.dealerId!)
      expect(b.contests.map((contest: any) => contest.id).sort()).toEqual(
        (inSubNetwork ? [w.contests.closed, w.contests.subNetwork] : [w.contests.closed]).sort()
      )
      expect(b.contests.every((contest: any) => !("audience" in contest))).toBe(true)
    },
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/contests/:id": {
    url: (w) => `/store/dealers/me/contests/${w.contests.closed}`,
    check: (b) => {
      // Every dealer of the world took part; names hidden but the caller's own.
      expect(b.standings).toHaveLength(5)
      expect(b.standings.filter((line: any) => line.is_me)).toHaveLength(1)
      expect(b.standings.filter((line: any) => !line.is_me).every((line: any) => /^Participant \d+$/.test(line.name))).toBe(true)
      expect(b.me).not.toBeNull()
    },
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/materials": {
    url: () => "/store/dealers/me/materials?limit=100",
    check: (b, c) => {
      // One free material for all (a probe's `fields` may leave its code out).
      expect([b.count, b.materials.length]).toEqual([1, 1])
      // The points are the wallet's: owners and managers see them, buyers do not.
      expect(b.points).toEqual(c.column === "owner" ? { balance: "0", currency_code: "eur" } : null)
    },
    cells: cells(401, 404, "own", "own", 403),
  },
  "GET /store/dealers/me/material-requests": {
    url: () => "/store/dealers/me/material-requests?limit=100",
    subjects: (b) => b.material_requests.map((request: any) => request.dealer_id),
    check: (b) => expect(b.material_requests.every((request: any) => !("requested_by" in request))).toBe(true),
    cells: cells(401, 404, "own", "own", 403),
  },
  "POST /store/dealers/me/material-requests": {
    url: () => "/store/dealers/me/material-requests",
    body: (c, w) => ({ lines: [{ material_id: w.freeMaterial, quantity: 1 }] }),
    ownStatus: 201,
    subjects: (b) => [b.material_request.dealer_id],
    check: (b) => expect(b.material_request).toMatchObject({ status: "requested", total_points: "0" }),
    cells: cells(401, 404, 403, "own", 403),
  },
  "POST /store/dealers/me/material-requests/:id/cancel": {
    url: (w, c) => `/store/dealers/me/material-requests/${w.materialRequestOf[c.name] ?? w.materialRequestOf.owner_a}/cancel`,
    ownStatus: 200,
    subjects: (b) => [b.material_request.dealer_id],
    check: (b) => expect(b.material_request.status).toBe("cancelled"),
    cells: cells(401, 404, 403, "own", 403),
  },
  // Guessed paths and methods: the access policy answers 404 for anything it does not list.
  "GET /store/dealers/me/:guessed_id": {
    notARouteFile: true,
    url: (w) => `/store/dealers/me/${w.dealers.a}`,
    cells: cells(401, 404, 404, 404, 404),
  },
  "GET /store/dealers/me/progress/:guessed_id": {
    notARouteFile: true,
    url: (w) => `/store/dealers/me/progress/${w.dealers.a}`,
    cells: cells(401, 404, 404, 404, 404),
  },
  "POST /store/dealers/me/wallet": {
    notARouteFile: true,
    url: () => "/store/dealers/me/wallet",
    body: () => ({ dealer_id: "guess" }),
    cells: cells(401, 404, 404, 404, 404),
  },
  "GET /store/dealers/:id/progress": {
    notARouteFile: true,
    url: (w) => `/store/dealers/${w.dealers.a}/progress`,
    cells: cells(404, 404, 404, 404, 404),
  },
  // Carts: everyone asks about buyer A's cart; only its own customer sees the figures.
  "GET /store/carts/:id/dealer-check": {
    aboutCart: true,
    url: (w) => `/store/carts/${w.cartOverLimit}/dealer-check`,
    subjects: (b) => [b.dealer_check.dealer_id],
    check: (b) => {
      expect(b.dealer_check.allowed).toBe(false)
      expect(b.dealer_check.credit).toMatchObject({ credit_limit: "200", outstanding: "145", available: "55" })
    },
    cells: cells(401, 404, 404, 404, 404),
  },
  "POST /store/carts/:id/complete": {
    notARouteFile: true,
    aboutCart: true,
    url: (w) => `/store/carts/${w.cartOverLimit}/complete`,
    ownStatus: 400,
    check: (b) => {
      expect(b.violations.map((violation: any) => violation.code)).toEqual(["credit_limit_exceeded"])
      expect(b.credit).toMatchObject({ credit_limit: "200", outstanding: "145", available: "55" })
    },
    cells: cells(404, 404, 404, 404, 404),
  },
  "POST /store/dealer-applications": {
    url: () => "/store/dealer-applications",
    body: (caller) => ({ company_name: `${caller.name} GmbH` }),
    ownStatus: 201,
    check: (b, caller) => expect(b.application.company_name).toBe(`${caller.name} GmbH`),
    // Members already belong to a dealer.
    cells: cells(401, "own", 400, 400, 400),
  },
  "GET /store/dealer-applications": {
    url: () => "/store/dealer-applications",
    check: (b, caller) =>
      expect(b.applications.map((a: any) => a.company_name)).toEqual(caller.dealerId ? [] : [`${caller.name} GmbH`]),
    cells: cells(401, "own", "own", "own", "own"),
  },
}

/** Query strings that try to reach another dealer or more of one's own. */
const PROBES = (w: World) => [
  `dealer_id=${w.dealers.a}`,
  `dealer_id[]=${w.dealers.dist}`,
  `id=${w.dealers.a}`,
  "fields=%2Bsub_network",
  "fields=*dealer",
  "fields=sub_network_amount,explanation,dealer_id",
  "expand=dealer",
]

const ERROR_KEYS = ["code", "message", "type"]
const SUB_NETWORK_MARKERS = ["sub_network_amount", "subNetworkSalesAmount"]

/** "GET /store/dealers/me" for each exported handler of each route file under src/api/<area>. */
function routeFileKeys(area: "store" | "admin"): string[] {
  const apiDir = join(__dirname, "../../src/api")
  return findPluginRoutes(apiDir)
    .filter((route) => route.path.startsWith(`/${area}/`))
    .flatMap((route) =>
      [...readFileSync(route.file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
        ([, method]) => `${method} ${route.path}`
      )
    )
    .sort()
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("lists every store route of the plugin in the access matrix, and the access policy lists the dealer routes", () => {
      const tableRoutes = Object.entries(MATRIX)
        .filter(([, row]) => !row.notARouteFile)
        .map(([key]) => key)
        .sort()
      expect(tableRoutes).toEqual(routeFileKeys("store"))
      expect(Object.keys(STORE_DEALER_ROUTES).sort()).toEqual(
        routeFileKeys("store").filter((key) => key.includes(" /store/dealers/me"))
      )
    })

    it("answers each caller exactly what the README's access matrix says, whatever ids and parameters they try", async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const post = async (url: string, body: unknown = {}) => (await api.post(url, body, admin)).data
      const store = await seedWholesaleStore(container, [
        { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
      ])
      await post("/admin/dealer-settings", { b2b_sales_channel_id: store.salesChannelId })
      const period = monthKeyOf(new Date(), "UTC")

      const { program } = await post("/admin/dealer-reward-programs", {
        code: "NET",
        name: "Network program",
        period_type: "month",
        valid_from: "2026-01-01",
        status: "active",
        currency_code: "eur",
        rules: [
          { name: "Own rebate", definition: { reward: { type: "rate", base: "sales_amount", rate_percent: 1 } } },
          { name: "Network override", definition: { reward: { type: "rate", base: "sub_network_amount", rate_percent: 5 } } },
          {
            name: "Network bonus",
            definition: {
              conditions: { all: [{ metric: "sub_network_amount", op: "gte", value: 1 }] },
              reward: { type: "fixed", amount: 20 },
            },
          },
        ],
      })
      async function dealer(code: string, fields: Record<string, unknown>, terms: Record<string, unknown> = {}) {
        const { dealer } = await post("/admin/dealers", { code, name: `Dealer ${code}`, ...fields })
        const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
          valid_from: new Date(Date.now() - 40 * 86_400_000).toISOString(),
          reward_program_ids: [program.id],
          ...terms,
        })
        await post(`/admin/dealer-agreements/${agreement.id}/activate`)
        return dealer.id as string
      }
      const dist = await dealer("DIST", { role: "distributor" })
      const a = await dealer("A", { parent_id: dist }, { credit_limit: 200, payment_terms_days: 30 })
      const sub = await dealer("SUB", { role: "sub_dealer", parent_id: a })
      const term = await dealer("TERM", {})
      const susp = await dealer("SUSP", {})
      const world: World = {
        dealers: { dist, a, sub, term, susp },
        cartOverLimit: "",
        cartCustomerId: "",
        eventFor: {},
        registrationOf: {},
        contests: { closed: "", subNetwork: "" },
        freeMaterial: "",
        materialRequestOf: {},
      }

      async function caller(name: string, column: Column, dealerId?: string, role?: string): Promise<Caller> {
        const customer = await registerCustomer(api, store.publishableKey, `${name}@access.example`)
        if (dealerId) await post(`/admin/dealers/${dealerId}/members`, { customer_id: customer.id, role })
        return { name, column, headers: customer.headers.headers, customerId: customer.id, dealerId }
      }
      const callers: Caller[] = [
        { name: "anonymous", column: "no_token", headers: { "x-publishable-api-key": store.publishableKey } },
        await caller("walk_in", "no_dealer"),
        await caller("buyer_a", "buyer", a, "buyer"),
        await caller("manager_a", "owner", a, "manager"),
        await caller("owner_a", "owner", a, "owner"),
        await caller("owner_sub", "owner", sub, "owner"),
        await caller("owner_dist", "owner", dist, "owner"),
        await caller("owner_term", "terminated", term, "owner"),
        // A suspended dealer's members read as before.
        await caller("buyer_susp", "buyer", susp, "buyer"),
      ]
      const named = Object.fromEntries(callers.map((c) => [c.name, c]))

      // A's buyer and TERM's owner place an order each (145 on account); SUB sells 100, SUSP 50.
      const ledger = container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
      const drill = [{ variant_id: store.variants["drill-x18"], quantity: 1 }]
      for (const buyer of [named.buyer_a, named.owner_term]) {
        const order = await checkout(api, store, { headers: buyer.headers }, drill)
        await waitFor(() => ledger.listDealerContributions({ order_id: order.id }), (rows) => rows.length > 0)
      }
      await recordTestSale(container, { dealerId: sub, period, amount: "100" })
      await recordTestSale(container, { dealerId: susp, period, amount: "50" })
      // A second cart of A's buyer: 145 more than the 55 left of A's limit of 200.
      world.cartOverLimit = await prepareCart(api, store, { headers: named.buyer_a.headers }, drill)
      world.cartCustomerId = named.buyer_a.customerId!
      const fittingCart = await prepareCart(api, store, { headers: named.owner_sub.headers }, drill)

      // Rewards accrued and paid into A's wallet, a payout from it; then TERM's partnership ends and SUSP is suspended.
      await post("/admin/dealer-reward-periods/close", { period })
      const { accruals } = (await api.get(`/admin/dealer-reward-accruals?dealer_id=${a}&limit=100`, admin)).data
      expect(accruals.filter(mentions("sub_network_amount"))).toHaveLength(2)
      await post("/admin/dealer-reward-accruals/approve", { ids: accruals.map((accrual: any) => accrual.id) })
      await post(`/admin/dealers/${a}/payouts`, { amount: 1, form: "cash" })
      // Free events open to all: two to register for (A's manager and owner each need one), two with live registrations to cancel.
      async function freeEvent(title: string) {
        const { event } = await post("/admin/dealer-events", {
          type: "webinar",
          title,
          starts_at: new Date(Date.now() + 10 * 86_400_000).toISOString(),
          ends_at: new Date(Date.now() + 10 * 86_400_000 + 3_600_000).toISOString(),
          capacity: 100,
          registration_deadline: new Date(Date.now() + 9 * 86_400_000).toISOString(),
          cancellation_deadline: new Date(Date.now() + 9 * 86_400_000).toISOString(),
          currency_code: "eur",
          cost_per_seat: 0,
          dealer_share_percent: 0,
        })
        await post(`/admin/dealer-events/${event.id}/publish`)
        return event.id as string
      }
      const [toJoin, toJoinToo, toLeave, toLeaveToo] = [
        await freeEvent("Join"),
        await freeEvent("Join too"),
        await freeEvent("Leave"),
        await freeEvent("Leave too"),
      ]
      world.eventFor = { manager_a: toJoinToo, owner_a: toJoin, owner_sub: toJoin, owner_dist: toJoin }
      for (const [name, eventId] of [
        ["manager_a", toLeaveToo],
        ["owner_a", toLeave],
        ["owner_sub", toLeave],
        ["owner_dist", toLeave],
      ]) {
        const dealerId = named[name].dealerId
        const { registration } = await post(`/admin/dealer-events/${eventId}/registrations`, { dealer_id: dealerId, seats: 1 })
        world.registrationOf[name] = registration.id
      }
      // Contests: one closed with every dealer in it (before TERM and SUSP change status), one running for DIST's sub-network.
      const today = new Date().toISOString().slice(0, 10)
      async function contest(title: string, audience: Record<string, unknown>) {
        const { contest } = await post("/admin/dealer-contests", {
          title,
          audience,
          starts_on: today,
          ends_on: today,
          metric: "sales_amount",
          currency_code: "eur",
          prizes: [{ basis: "rank", rank: 1, amount: 10 }],
        })
        await post(`/admin/dealer-contests/${contest.id}/publish`)
        return contest.id as string
      }
      world.contests.closed = await contest("Everyone", {})
      await post(`/admin/dealer-contests/${world.contests.closed}/close`)
      world.contests.subNetwork = await contest("Sub-network of DIST", { parent_dealer_id: dist })
      // A free material for all, and a request of each caller who may cancel one.
      const { material } = await post("/admin/dealer-materials", { code: "FREE-KIT", title: "Free kit", kind: "digital_kit", points_price: 0 })
      world.freeMaterial = material.id
      for (const name of ["manager_a", "owner_a", "owner_sub", "owner_dist"]) {
        const placed = await api.post("/store/dealers/me/material-requests", { lines: [{ material_id: material.id, quantity: 1 }] }, { headers: named[name].headers })
        world.materialRequestOf[name] = placed.data.material_request.id
      }
      await post(`/admin/dealers/${term}`, { status: "terminated", termination: { reason: "Left the network" } })
      await post(`/admin/dealers/${susp}`, { status: "suspended" })

      const descendants: Record<string, string[]> = { [dist]: [a, sub], [a]: [sub], [sub]: [], [term]: [], [susp]: [] }
      const visibleDealers = (c: Caller) =>
        !c.dealerId ? [] : c.column === "owner" ? [c.dealerId, ...descendants[c.dealerId]] : [c.dealerId]
      const allDealers = Object.values(world.dealers)
      const allCustomers = callers.flatMap((c) => (c.customerId ? [c.customerId] : []))

      /** What is wrong with one answer, or nothing. */
      function mismatches(key: string, row: Row, c: Caller, url: string, res: { status: number; data: any }, probe = "") {
        const verdict = row.aboutCart && c.customerId === world.cartCustomerId ? "own" : row.cells[c.column]
        const where = `${key}${probe && ` ?${probe}`} as ${c.name}`
        const text = JSON.stringify(res.data ?? "")
        const problems: string[] = []
        // A refusal may repeat the path asked for (Express's "Cannot GET …"); an answer may not show another dealer.
        const shown = res.status < 300 ? text : text.split(url.split("?")[0]).join("")
        const foreign = allDealers.filter((id) => !visibleDealers(c).includes(id) && shown.includes(id))
        if (foreign.length) problems.push(`shows other dealers ${foreign.join(", ")}`)
        const others = allCustomers.filter((id) => id !== c.customerId && text.includes(id))
        if (others.length) problems.push(`shows other customers ${others.join(", ")}`)
        const seesNetwork = verdict === "own" && c.column === "owner"
        if (!seesNetwork && SUB_NETWORK_MARKERS.some((marker) => text.includes(marker))) problems.push("shows sub-network sales")

        if (typeof verdict === "number") {
          const allowed = probe && verdict !== 401 && verdict !== 404 ? [verdict, 400] : [verdict]
          if (!allowed.includes(res.status)) problems.push(`answers ${res.status}, not ${verdict}`)
          const fields = res.data && typeof res.data === "object" ? Object.keys(res.data) : []
          const extra = fields.filter((field) => !ERROR_KEYS.includes(field))
          if (extra.length) problems.push(`a refusal with ${extra.join(", ")}`)
          return problems.map((problem) => `${where}: ${problem}`)
        }
        if (probe && res.status === 400) return problems.map((problem) => `${where}: ${problem}`)
        if (res.status !== (row.ownStatus ?? 200)) {
          problems.push(`answers ${res.status} ${text.slice(0, 200)}`)
          return problems.map((problem) => `${where}: ${problem}`)
        }
        const subjects = row.subjects?.(res.data) ?? []
        if (subjects.some((id) => id !== c.dealerId)) problems.push(`about ${subjects.join(", ")}, not ${c.dealerId}`)
        const network = row.showsNetwork?.(res.data) ?? false
        if (network && !seesNetwork) problems.push("shows the sub-network")
        if (seesNetwork && row.showsNetwork && descendants[c.dealerId!].length && !network) problems.push("hides the sub-network")
        try {
          row.check?.(res.data, c, world)
        } catch (error: any) {
          problems.push(error.message.split("\n").slice(0, 6).join(" "))
        }
        return problems.map((problem) => `${where}: ${problem}`)
      }

      const request = (method: string, url: string, c: Caller, body?: unknown) =>
        (api as any).request({ method, url, data: body, headers: c.headers, validateStatus: () => true })

      const found: string[] = []
      for (const [key, row] of Object.entries(MATRIX)) {
        const method = key.split(" ")[0]
        for (const c of callers) {
          const url = row.url(world, c)
          found.push(...mismatches(key, row, c, url, await request(method, url, c, row.body?.(c, world))))
          if (method !== "GET" || !url.startsWith("/store/dealers/me")) continue
          for (const probe of PROBES(world)) {
            const probed = `${url}${url.includes("?") ? "&" : "?"}${probe}`
            found.push(...mismatches(key, row, c, probed, await request(method, probed, c), probe))
          }
        }
      }
      expect(found).toEqual([])

      // Nobody but its own customer completes a dealer's cart that fits its rules; they can.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      for (const c of callers.filter((other) => other !== named.owner_sub)) {
        const res = await request("POST", `/store/carts/${fittingCart}/complete`, c)
        expect([c.name, res.status, Object.keys(res.data)]).toEqual([c.name, 404, ["type", "message"]])
      }
      const { data: [untouched] } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: fittingCart } })
      expect(untouched.completed_at).toBeNull()
      const completed = await request("POST", `/store/carts/${fittingCart}/complete`, named.owner_sub)
      expect([completed.status, completed.data.type]).toEqual([200, "order"])
      await waitFor(() => ledger.listDealerContributions({ order_id: completed.data.order.id }), (rows) => rows.length > 0)
    })

    it("refuses customers and anonymous callers on every admin route of the plugin", async () => {
      const { key } = await createPublishableKey(getContainer(), "Probe")
      const customer = await registerCustomer(api, key, "customer@admin-probe.example")
      const found: string[] = []
      for (const route of routeFileKeys("admin")) {
        const [method, path] = route.split(" ")
        const url = path.replace(/:[a-z_]+/g, "guessed_id")
        for (const [who, headers] of [
          ["anonymous", {}],
          ["customer", customer.headers.headers],
        ] as const) {
          const res = await (api as any).request({ method, url, data: {}, headers, validateStatus: () => true })
          if (res.status !== 401) found.push(`${route} as ${who}: ${res.status}`)
        }
      }
      expect(found).toEqual([])
    })
  },
})
