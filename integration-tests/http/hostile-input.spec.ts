import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import middlewares from "../../src/api/middlewares"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { createAdminHeaders, Headers, registerCustomer } from "../helpers/auth"
import { checkout, prepareCart, seedWholesaleStore } from "../helpers/checkout"
import {
  discoverRoutes,
  FuzzRequest,
  FuzzRoute,
  FuzzSamples,
  fuzzRequests,
  HUGE_DIGITS,
  HUGE_TEXT,
} from "../helpers/route-fuzz"
import { waitFor } from "../helpers/wait"

jest.setTimeout(15 * 60_000)

/** An answer longer than this quotes too much of what it was sent. */
const MAX_ANSWER_LENGTH = 2000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes(path.join(__dirname, "../../src/api"), middlewares.routes ?? [])

    it("discovers the plugin's routes with what they validate", () => {
      expect(routes.length).toBeGreaterThan(90)
      const agreements = routes.find((r) => r.method === "POST" && r.path === "/admin/dealers/:id/agreements")
      expect(Object.keys(agreements?.body?.properties ?? {})).toEqual(expect.arrayContaining(["credit_limit", "valid_from"]))
      const dealers = routes.find((r) => r.method === "GET" && r.path === "/admin/dealers")
      expect(Object.keys(dealers?.query?.properties ?? {})).toEqual(expect.arrayContaining(["limit", "offset", "order"]))
    })

    it("answers every hostile request to every route with a short 4xx naming the field, and writes nothing when it refuses", async () => {
      const container = getContainer()
      const admin = await createAdminHeaders(container)
      const fixtures = await seedFixtures(admin)
      const samples = fuzzSamples(fixtures)
      const snapshot = await tableSnapshot()

      const problems: string[] = []
      let sent = 0
      const fuzz = async (route: FuzzRoute, afterEach: (request: FuzzRequest, status: number) => Promise<void>) => {
        const headers = route.path.startsWith("/store") ? fixtures.member : admin
        for (const request of fuzzRequests(route, samples)) {
          const { status, data } = await send(request, headers)
          sent++
          problems.push(...answerProblems(request, status, data))
          await afterEach(request, status)
        }
        problems.push(...(await unsortableFields(route, headers, samples)))
      }
      const ofMethod = (method: string) => routes.filter((route) => route.method === method)

      // Reads write nothing, whatever they answer.
      const beforeReads = await snapshot()
      for (const route of ofMethod("GET")) await fuzz(route, async () => {})
      const afterReads = await snapshot()
      if (afterReads !== beforeReads) problems.push(`GET requests wrote ${changedTables(beforeReads, afterReads)}`)

      // Writes and deletes (of hostile ids only, never of the fixtures) write nothing when refused.
      let before = afterReads
      // The member's own writes first: the admin's writes may terminate its dealer, which then may only read.
      const storeFirst = (route: FuzzRoute) => (route.path.startsWith("/store") ? 0 : 1)
      const writes = [...ofMethod("POST"), ...ofMethod("DELETE")].sort((a, b) => storeFirst(a) - storeFirst(b))
      for (const route of writes) {
        await fuzz(route, async (request, status) => {
          const after = await snapshot()
          if (status >= 400 && status < 500 && after !== before) {
            problems.push(`${requestName(request)}: refused with ${status} but wrote ${changedTables(before, after)}`)
          }
          before = after
        })
      }
      console.log(`hostile input: ${sent} requests to ${routes.length} routes, ${problems.length} problems`)
      expect(problems).toEqual([])
    })

    type Fixtures = Awaited<ReturnType<typeof seedFixtures>>

    /** A dealer with an owner, an agreement in force, an order and a cart, and one of every other row the routes address. */
    async function seedFixtures(admin: Headers) {
      const container = getContainer()
      const post = async (url: string, body: unknown, headers: Headers = admin) => (await api.post(url, body, headers)).data
      const store = await seedWholesaleStore(container, [
        { handle: "drill", title: "Drill", price: 120, category: "Power tools" },
      ])
      await post("/admin/dealer-settings", { b2b_sales_channel_id: store.salesChannelId })
      const { tier } = await post("/admin/dealer-tiers", { name: "Fuzz tier", rank: 500 })
      const { territory } = await post("/admin/dealer-territories", { code: "FZ-DE", name: "Fuzzland", type: "country", country_code: "de" })
      const { dealer } = await post("/admin/dealers", { code: "FZDEALER", name: "Fuzz dealer", tier_id: tier.id })
      const owner = await registerCustomer(api, store.publishableKey, "owner@fuzz.example")
      const { member } = await post(`/admin/dealers/${dealer.id}/members`, { customer_id: owner.id, role: "owner" })
      const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
        valid_from: new Date(Date.now() - 86_400_000).toISOString(),
        payment_terms_days: 30,
        payout_form: "cash",
      })
      await post(`/admin/dealer-agreements/${agreement.id}/activate`, {})
      const { zone } = await post("/admin/dealer-zones", { dealer_id: dealer.id, territory_id: territory.id, starts_at: new Date().toISOString() })
      const { plan } = await post("/admin/dealer-plans", { dealer_id: dealer.id, period: month(), target_amount: 10_000 })
      const { seasonality_profile } = await post("/admin/dealer-seasonality-profiles", { name: "Fuzz season", weights: WEIGHTS })
      const { program } = await post("/admin/dealer-reward-programs", {
        code: "FZPROG",
        name: "Fuzz program",
        period_type: "month",
        valid_from: "2020-01-01",
        currency_code: "eur",
        rules: [{ name: "Flat", definition: { reward: { type: "fixed", amount: 10 } } }],
      })
      await container.resolve<RewardsModuleService>(REWARDS_MODULE).moveWallet([
        { dealer_id: dealer.id, kind: "money", amount: "1000", currency_code: "eur", source_type: "accrual", source_id: "fuzz_accrual", description: "Fuzz reward" },
      ])
      const { payout } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 10 })
      const applicant = await registerCustomer(api, store.publishableKey, "applicant@fuzz.example")
      const { application } = await post("/store/dealer-applications", { company_name: "Fuzz applicant" }, applicant.headers)

      const order = await checkout(api, store, owner.headers, [{ variant_id: store.variants.drill, quantity: 1 }])
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      await waitFor(
        async () => (await query.graph({ entity: "order", fields: ["dealer.id"], filters: { id: order.id } })).data,
        ([linked]: any[]) => Boolean(linked?.dealer?.id)
      )
      const cartId = await prepareCart(api, store, owner.headers, [{ variant_id: store.variants.drill, quantity: 1 }])
      const { event } = await post("/admin/dealer-events", {
        type: "webinar",
        title: "Fuzz webinar",
        starts_at: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        ends_at: new Date(Date.now() + 11 * 86_400_000).toISOString(),
        capacity: 1000,
        registration_deadline: new Date(Date.now() + 9 * 86_400_000).toISOString(),
        cancellation_deadline: new Date(Date.now() + 9 * 86_400_000).toISOString(),
        currency_code: "eur",
        cost_per_seat: 0,
        dealer_share_percent: 0,
      })
      await post(`/admin/dealer-events/${event.id}/publish`, {})
      const { registration } = await post(`/admin/dealer-events/${event.id}/registrations`, { dealer_id: dealer.id, seats: 1 })
      const { material } = await post("/admin/dealer-materials", { code: "FZMAT", title: "Fuzz poster", kind: "poster", points_price: 0, stock: 100 })
      const { material_request } = await post("/store/dealers/me/material-requests", { lines: [{ material_id: material.id, quantity: 1 }] }, owner.headers)

      return {
        member: owner.headers,
        ids: {
          dealer: dealer.id,
          member: member.id,
          customer: applicant.id,
          tier: tier.id,
          territory: territory.id,
          agreement: agreement.id,
          zone: zone.id,
          plan: plan.id,
          seasonality_profile: seasonality_profile.id,
          program: program.id,
          rule: program.rules[0].id,
          payout: payout.id,
          application: application.id,
          order: order.id,
          cart: cartId,
          event: event.id,
          registration: registration.id,
          material: material.id,
          material_request: material_request.id,
          variant: store.variants.drill,
          product: store.products.drill,
          sales_channel: store.salesChannelId,
        },
      }
    }

    /** Existing rows for path ids (by the collection before the id) and valid values by field name. */
    function fuzzSamples({ ids }: Fixtures): FuzzSamples {
      const byCollection: Record<string, string> = {
        dealers: ids.dealer,
        members: ids.member,
        "dealer-tiers": ids.tier,
        "dealer-territories": ids.territory,
        "dealer-agreements": ids.agreement,
        "dealer-zones": ids.zone,
        "dealer-plans": ids.plan,
        "dealer-seasonality-profiles": ids.seasonality_profile,
        "dealer-reward-programs": ids.program,
        rules: ids.rule,
        "dealer-payouts": ids.payout,
        "dealer-applications": ids.application,
        orders: ids.order,
        carts: ids.cart,
        "dealer-events": ids.event,
        registrations: ids.registration,
        "event-registrations": ids.registration,
        "dealer-materials": ids.material,
        "dealer-material-requests": ids.material_request,
        "material-requests": ids.material_request,
      }
      let serial = 0
      const byField: Record<string, () => unknown> = {
        code: () => `FZ${++serial}`,
        name: () => `Fuzz ${++serial}`,
        company_name: () => `Fuzz ${++serial} GmbH`,
        dealer_id: () => ids.dealer,
        customer_id: () => ids.customer,
        territory_id: () => ids.territory,
        seasonality_profile_id: () => ids.seasonality_profile,
        program_id: () => ids.program,
        variant_id: () => ids.variant,
        target_id: () => ids.product,
        b2b_sales_channel_id: () => ids.sales_channel,
        ids: () => ["drac_fuzz_missing"],
        period: () => month(),
        year: () => new Date().getUTCFullYear() + 1,
        date: () => new Date().toISOString().slice(0, 10),
        valid_from: () => new Date().toISOString(),
        effective_from: () => new Date().toISOString(),
        starts_at: () => new Date().toISOString(),
        ends_at: () => "2100-01-01T00:00:00.000Z",
        registration_deadline: () => "2020-01-01T00:00:00.000Z",
        cancellation_deadline: () => "2020-01-01T00:00:00.000Z",
        event_id: () => ids.event,
        material_id: () => ids.material,
        agreement_valid_from: () => new Date().toISOString(),
        weights: () => WEIGHTS,
        currency_code: () => "eur",
        country_code: () => "de",
        amount: () => 5,
        target_amount: () => 1000,
        annual_target: () => 12_000,
        reason: () => "Fuzz",
        reference: () => `REF-${++serial}`,
        csv: () => `dealer_code,period,target_amount\nFZDEALER,${month(1)},100\n`,
      }
      return {
        pathParam: (routePath, name) => {
          const segments = routePath.split("/")
          const collection = segments[segments.indexOf(`:${name}`) - 1]
          return byCollection[collection] ?? "fuzz_missing"
        },
        field: (name) => byField[name]?.(),
      }
    }

    async function send(request: FuzzRequest, headers: Headers) {
      return api.request({
        method: request.route.method,
        url: request.url,
        data: request.body,
        headers: { ...headers.headers, "content-type": request.contentType ?? "application/json" },
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
        maxBodyLength: Infinity,
        maxContentLength: Infinity,
      })
    }

    /** What is wrong with an answer: a 5xx, a long or echoing answer, a refusal that does not name the field. */
    function answerProblems(request: FuzzRequest, status: number, data: unknown): string[] {
      const text = typeof data === "string" ? data : JSON.stringify(data ?? "")
      const message = String((data as { message?: unknown })?.message ?? "")
      const problems: string[] = []
      if (status >= 500) problems.push(`${requestName(request)}: ${status} ${message}`)
      if (status >= 400 && (text.length > MAX_ANSWER_LENGTH || text.includes(HUGE_TEXT.slice(0, 100)) || text.includes(HUGE_DIGITS.slice(0, 100)))) {
        problems.push(`${requestName(request)}: the ${status} answer quotes the input (${text.length} characters)`)
      }
      if (request.field && !(status === 400 && message.includes(`${request.field}:`))) {
        problems.push(`${requestName(request)}: expected a 400 naming ${request.field}, got ${status} ${message.slice(0, 200)}`)
      }
      return problems
    }

    /** Every field a list route says it sorts by must sort. */
    async function unsortableFields(route: FuzzRoute, headers: Headers, samples: FuzzSamples): Promise<string[]> {
      if (route.method !== "GET" || !route.query?.properties?.order) return []
      const url = route.path.replace(/:(\w+)/g, (_, name) => samples.pathParam(route.path, name))
      const refused = await api.get(`${url}?order=-nonexistent_column`, { ...headers, validateStatus: () => true })
      const listed = /order: must be one field of (.+); a leading - sorts descending/.exec(refused.data?.message ?? "")
      if (!listed) return [`GET ${route.path}: order=-nonexistent_column answered ${refused.status} ${refused.data?.message}`]
      const problems: string[] = []
      for (const field of listed[1].split(", ")) {
        const { status, data } = await api.get(`${url}?order=-${field}&limit=5`, { ...headers, validateStatus: () => true })
        if (status !== 200) problems.push(`GET ${route.path}?order=-${field}: ${status} ${data?.message}`)
      }
      return problems
    }

    /** Row count and last update of each of the plugin's tables, as one comparable text. */
    async function tableSnapshot() {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: tables } = await pg.raw(
        `select table_name from information_schema.columns
          where table_schema = current_schema() and table_name like 'dealer%' and column_name = 'updated_at'
          order by table_name`
      )
      const sql = tables
        .map(({ table_name }: { table_name: string }) => `select '${table_name}' as t, count(*)::int as n, max(updated_at)::text as u from "${table_name}"`)
        .join(" union all ")
      return async () => JSON.stringify((await pg.raw(sql)).rows)
    }
  },
})

const WEIGHTS = [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 10]

/** "YYYY-MM" of this month, or `ahead` months later. */
function month(ahead = 0) {
  const now = new Date()
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 1))
  return date.toISOString().slice(0, 7)
}

const requestName = (request: FuzzRequest) => `${request.route.method} ${request.route.path} [${request.label}]`

function changedTables(before: string, after: string) {
  const rows = (text: string) => new Map((JSON.parse(text) as { t: string }[]).map((row) => [row.t, JSON.stringify(row)]))
  const old = rows(before)
  return [...rows(after)].filter(([table, row]) => old.get(table) !== row).map(([table]) => table).join(", ")
}
