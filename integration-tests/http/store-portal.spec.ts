import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { lastDayOfMonth, monthKeyOf } from "../../src/lib/periods"
import type { Headers } from "../helpers/auth"
import { checkout } from "../helpers/checkout"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(300_000)

// The store routes a dealer portal reads: what my dealer may order and at
// which prices, my orders and what is still owed on them, my tier and what the
// next one needs, my deviation alerts and my conflict cases as seller.

const PERIOD = monthKeyOf(new Date(), "UTC")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const fixture = wholesaleFixture(api, getContainer, { b2bChannel: true })
    const { admin, store } = fixture

    /** A failed request as an error with its status and body: an HTTP client's error does not cross Jest's workers. */
    const plainly = <T>(what: string, request: Promise<T>) =>
      request.catch((error: any) => {
        throw new Error(`${what}: ${error.response?.status} ${JSON.stringify(error.response?.data ?? error.message)}`)
      })
    const get = async (url: string, who: Headers) => ((await plainly(`GET ${url}`, api.get(url, who))) as any).data
    const memberOf = (dealerId: string, email: string, role?: string) => plainly("member", fixture.memberOf(dealerId, email, role))
    const dealerUnderAgreement = (code: string, terms: Record<string, unknown> = {}, fields: Record<string, unknown> = {}) =>
      plainly("dealer under agreement", fixture.dealerUnderAgreement(code, terms, fields))
    const placeOrder = (buyer: Headers, items: { variant_id: string; quantity: number }[]) =>
      plainly("order", fixture.placeOrder(buyer, items))
    const post = (url: string, body: Record<string, unknown> = {}) => plainly(`POST ${url}`, fixture.post(url, body))
    const createDealer = (body: Record<string, unknown>) => plainly("create dealer", fixture.createDealer(body))
    /** An active dealer (its agreement in force) with a buyer, who may order in the B2B channel. */
    const activeDealer = async (code: string, fields: Record<string, unknown> = {}) => {
      const { dealer, buyer } = await dealerUnderAgreement(code, {}, fields)
      return { dealer, buyer: buyer.headers }
    }
    /** The status and body of a request that should be refused (a 200 shows as such, with the URL in the failure). */
    const refusal = (url: string, who: Headers) =>
      api.get(url, who).then(
        (res: any) => ({ status: res.status as number, body: res.data }),
        (error: any) => ({ status: error.response?.status as number, body: error.response?.data })
      )
    const drills = (quantity: number) => [{ variant_id: store.variants["drill-x18"], quantity }]
    const saws = (quantity: number) => [{ variant_id: store.variants["saw-c7"], quantity }]

    async function capture(orderId: string, amount: number) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      await api.post(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, { amount }, admin)
    }

    it("lists only what my dealer may order, at its prices and quantity breaks, searched and paged on the server", async () => {
      const { territory } = await post("/admin/dealer-territories", { code: "DE", name: "Germany", type: "country", country_code: "de" })
      const { dealer, buyer } = await dealerUnderAgreement("CAT", {
        discount_percent: 10,
        restrict_to_assortment: true,
        price_terms: [
          { variant_id: store.variants["drill-x18"], amount: 100 },
          { variant_id: store.variants["drill-x18"], amount: 90, min_quantity: 10 },
        ],
      })
      await post("/admin/dealer-zones", {
        dealer_id: dealer.id,
        territory_id: territory.id,
        starts_at: new Date(Date.now() - 86_400_000).toISOString(),
        product_category_ids: [store.categories["Power tools"]],
      })
      // A power tool outside the B2B channel: in the assortment, but not sold to dealers.
      await post("/admin/products", {
        title: "Angle grinder G5",
        status: "published",
        options: [{ title: "Pack", values: ["Single"] }],
        variants: [{ title: "Single", options: { Pack: "Single" }, prices: [{ amount: 60, currency_code: "eur" }] }],
        categories: [{ id: store.categories["Power tools"] }],
      })

      const catalog = await get("/store/dealers/me/catalog", buyer.headers)
      expect(catalog).toMatchObject({ count: 2, offset: 0, limit: 20, currency_code: "eur", restricted: true })
      // By title; the pliers (hand tools) are outside the zone's assortment.
      expect(catalog.products.map((p: any) => p.handle)).toEqual(["saw-c7", "drill-x18"])
      expect(catalog.products[1]).toMatchObject({
        title: "Cordless drill X18",
        categories: [{ id: store.categories["Power tools"], name: "Power tools" }],
        variants: [
          {
            id: store.variants["drill-x18"],
            sku: "DRILL-X18",
            list_price: "120.00",
            prices: [
              { amount: "100.00", min_quantity: null, max_quantity: null },
              { amount: "90.00", min_quantity: 10, max_quantity: null },
            ],
          },
        ],
      })
      // The saw at the store's 80.50 less the agreement's 10 %.
      expect(catalog.products[0].variants[0]).toMatchObject({ list_price: "80.50", prices: [{ amount: "72.45", min_quantity: null }] })

      const handles = async (query: string) =>
        (await get(`/store/dealers/me/catalog?${query}`, buyer.headers)).products.map((p: any) => p.handle)
      expect(await handles("q=circular")).toEqual(["saw-c7"])
      expect(await handles("q=drill-X18")).toEqual(["drill-x18"])
      expect(await handles("q=pliers")).toEqual([])
      expect(await handles("q=50%25")).toEqual([])
      expect(await handles(`category_id=${store.categories["Hand tools"]}`)).toEqual([])
      expect(await handles(`category_id[]=${store.categories["Power tools"]}`)).toEqual(["saw-c7", "drill-x18"])
      // The quick-order pad's lookup: each SKU found, outside the assortment (the pliers) or unknown.
      const bySku = await get("/store/dealers/me/catalog?sku[]=drill-x18&sku[]=PLIERS-SET&sku[]=NO-SUCH-SKU", buyer.headers)
      expect(bySku.products.map((p: any) => p.handle)).toEqual(["drill-x18"])
      expect(bySku.skus).toEqual([
        { sku: "DRILL-X18", status: "found", variant_id: store.variants["drill-x18"] },
        { sku: "PLIERS-SET", status: "outside_assortment", variant_id: null },
        { sku: "NO-SUCH-SKU", status: "unknown", variant_id: null },
      ])
      expect((await get("/store/dealers/me/catalog", buyer.headers)).skus).toBeUndefined()
      const page = await get("/store/dealers/me/catalog?limit=1&offset=1", buyer.headers)
      expect([page.count, page.products.map((p: any) => p.handle)]).toEqual([2, ["drill-x18"]])

      // A dealer whose zones do not restrict it sees every product of the channel.
      const { buyer: anyBuyer } = await dealerUnderAgreement("ALL", {})
      expect(await get("/store/dealers/me/catalog", anyBuyer.headers)).toMatchObject({ count: 3, restricted: false })

      for (const [query, field] of [
        ["limit=0", "limit"],
        ["limit=201", "limit"],
        ["offset=-1", "offset"],
        ["q=", "q"],
        [`q=${"x".repeat(201)}`, "q"],
        ["dealer_id=dlr_1", "dealer_id"],
        ["sku=", "sku"],
        [Array.from({ length: 201 }, (_, i) => `sku[]=S${i}`).join("&"), "sku"],
      ]) {
        const error = await refusal(`/store/dealers/me/catalog?${query}`, buyer.headers)
        expect([query, error.status]).toEqual([query, 400])
        expect(error.body.message).toContain(field)
      }
    })

    it("lists my dealer's orders with what is paid, what is owed and when it is due", async () => {
      const { dealer, buyer } = await dealerUnderAgreement("ORD", { payment_terms_days: 30 })
      const owner = await memberOf(dealer.id, "owner@ord.example", "owner")
      const { buyer: stranger } = await dealerUnderAgreement("OTHER", {})
      const drillOrder = await placeOrder(buyer.headers, drills(1)) // 120 + 25 shipping
      const sawOrder = await placeOrder(owner.headers, saws(2)) // 161 + 25 shipping
      await capture(drillOrder.id, 145)
      await capture(sawOrder.id, 100)

      const { orders, count, as_of } = await get("/store/dealers/me/orders", owner.headers)
      expect(count).toBe(2)
      expect(as_of).toBe(new Date().toISOString().slice(0, 10))
      expect(orders).toEqual([
        expect.objectContaining({
          order_id: sawOrder.id,
          display_id: sawOrder.display_id,
          placed_by_me: true,
          total: "186.00",
          paid: "100.00",
          outstanding: "86.00",
          payment_state: "partially_paid",
          payment_terms_days: 30,
          overdue_days: 0,
        }),
        expect.objectContaining({ order_id: drillOrder.id, placed_by_me: false, total: "145.00", outstanding: "0.00", payment_state: "paid" }),
      ])
      const dueAfter = new Date(orders[0].due_at).getTime() - new Date(orders[0].placed_at).getTime()
      expect(dueAfter).toBe(30 * 86_400_000)

      const ids = async (query: string, who: Headers = buyer.headers) =>
        (await get(`/store/dealers/me/orders?${query}`, who)).orders.map((o: any) => o.order_id)
      expect(await ids("")).toEqual([sawOrder.id, drillOrder.id])
      expect(await ids("payment_state=paid")).toEqual([drillOrder.id])
      expect(await ids("payment_state[]=unpaid&payment_state[]=partially_paid")).toEqual([sawOrder.id])
      expect(await ids("overdue=true")).toEqual([])
      expect(await ids("overdue=false&limit=1&offset=1")).toEqual([drillOrder.id])
      // Another dealer's member sees none of them.
      expect(await get("/store/dealers/me/orders", stranger.headers)).toMatchObject({ orders: [], count: 0 })

      for (const [query, field] of [
        ["payment_state=late", "payment_state"],
        ["overdue=yes", "overdue"],
        ["limit=1000", "limit"],
        ["order=total", "order"],
      ]) {
        const error = await refusal(`/store/dealers/me/orders?${query}`, buyer.headers)
        expect([query, error.status]).toEqual([query, 400])
        expect(error.body.message).toContain(field)
      }
    })

    it("shows my tier, every tier's threshold, what the next one still needs this month, and the tier's history", async () => {
      const tier = async (fields: Record<string, unknown>) => (await post("/admin/dealer-tiers", fields)).tier
      const bronze = await tier({ name: "Bronze", rank: 1, min_turnover: 0, window_months: 12 })
      const silver = await tier({ name: "Silver", rank: 2, min_turnover: 500, window_months: 3, discount_percent: 3 })
      const gold = await tier({ name: "Gold", rank: 3, min_turnover: 5000, window_months: 12, discount_percent: 5 })
      const { buyer } = await activeDealer("RISE", { tier_id: bronze.id })
      await placeOrder(buyer, drills(5)) // 600

      const before = await get("/store/dealers/me/tier", buyer)
      expect(before).toMatchObject({
        currency_code: "eur",
        period: PERIOD,
        pinned: false,
        tier: { id: bronze.id, name: "Bronze", rank: 1 },
        turnover: [
          { window_months: 3, amount: "600.00" },
          { window_months: 12, amount: "600.00" },
        ],
        next: { tier: { id: silver.id, min_turnover: "500.00", window_months: 3, discount_percent: "3" }, turnover: "600.00", missing: "0.00" },
        history: [],
      })
      expect(before.tiers.map((t: any) => t.name)).toEqual(["Bronze", "Silver", "Gold"])

      await post("/admin/dealer-tiers/review", { period: PERIOD })
      const after = await get("/store/dealers/me/tier", buyer)
      expect(after).toMatchObject({
        tier: { id: silver.id, name: "Silver" },
        next: { tier: { id: gold.id, name: "Gold" }, turnover: "600.00", missing: "4400.00" },
        history: [
          {
            from_tier: { id: bronze.id, name: "Bronze", rank: 1 },
            to_tier: { id: silver.id, name: "Silver", rank: 2 },
            reason: "promotion",
            reviewed_period: PERIOD,
            explanation: "Promoted to Silver: turnover over the last 3 month(s) 600.00 EUR reached its threshold of 500.00 EUR",
          },
        ],
      })

      const error = await refusal("/store/dealers/me/tier?dealer_id=x", buyer)
      expect(error).toMatchObject({ status: 400, body: { message: expect.stringContaining("dealer_id") } })
    })

    it("shows my deviation alerts and the conflict cases about orders my dealer sold, and no other dealer's", async () => {
      // Alerts: LAG is far behind a plan of 2,000 on the month's last day; FAST is ahead.
      const { dealer: lag, buyer: lagBuyer } = await activeDealer("LAG")
      const { dealer: fast, buyer: fastBuyer } = await activeDealer("FAST")
      await post("/admin/dealer-plans", { dealer_id: lag.id, period: PERIOD, target_amount: 2000 })
      await post("/admin/dealer-plans", { dealer_id: fast.id, period: PERIOD, target_amount: 100 })
      await placeOrder(lagBuyer, drills(1))
      await placeOrder(fastBuyer, drills(1))
      await post("/admin/dealer-alerts/check", { date: lastDayOfMonth(PERIOD) })

      const alerts = await get("/store/dealers/me/alerts", lagBuyer)
      expect(alerts.count).toBe(2)
      expect(alerts.alerts.map((a: any) => a.kind).sort()).toEqual(["behind_plan", "projection_miss"])
      expect(alerts.alerts.find((a: any) => a.kind === "behind_plan")).toMatchObject({
        status: "open",
        period_key: PERIOD,
        alert_date: lastDayOfMonth(PERIOD),
        figures: { target_amount: "2000.00", actual_to_date: "120.00", shortfall: "1880.00" },
      })
      expect(alerts.alerts[0]).not.toHaveProperty("dealer_id")
      expect((await get("/store/dealers/me/alerts?kind=behind_plan", lagBuyer)).count).toBe(1)
      expect((await get("/store/dealers/me/alerts?status=cleared", lagBuyer)).count).toBe(0)
      expect(await get("/store/dealers/me/alerts", fastBuyer)).toMatchObject({ alerts: [], count: 0 })

      // Conflicts: NORD holds Hesse (postcodes 34–36) exclusively for power tools; SUED's buyer ships a drill to Kassel.
      const de = (await post("/admin/dealer-territories", { code: "DE", name: "Germany", type: "country", country_code: "de" })).territory
      const hesse = (
        await post("/admin/dealer-territories", { code: "DE-HE", name: "Hesse", type: "region", parent_id: de.id, postal_prefixes: ["34", "35", "36"] })
      ).territory
      const nord = await createDealer({ code: "NORD", name: "Nord Werkzeuge" })
      await post("/admin/dealer-zones", {
        dealer_id: nord.id,
        territory_id: hesse.id,
        is_exclusive: true,
        starts_at: "2025-01-01T00:00:00.000Z",
        product_category_ids: [store.categories["Power tools"]],
      })
      const { dealer: sued, buyer: suedBuyer } = await dealerUnderAgreement("SUED", {})
      const suedOwner = (await memberOf(sued.id, "owner@sued.example", "owner")).headers
      const nordOwner = (await memberOf(nord.id, "owner@nord.example", "owner")).headers
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
      const order = await plainly("checkout", checkout(api, store, suedBuyer.headers, drills(1), { country_code: "de", postal_code: "34117", city: "Kassel" }))
      await placed

      const cases = await get("/store/dealers/me/conflicts", suedOwner)
      expect(cases.count).toBe(1)
      expect(cases.conflicts[0]).toMatchObject({
        order_id: order.id,
        kind: "foreign_exclusive_zone",
        status: "open",
        amount: "120.00",
        currency_code: "eur",
        zone_owner_dealer: { code: "NORD", name: "Nord Werkzeuge" },
        territory: { name: "Hesse" },
      })
      // The zone's owner by name only: no id of another dealer, nor the admin's note.
      expect(JSON.stringify(cases)).not.toContain(nord.id)
      expect(cases.conflicts[0]).not.toHaveProperty("note")
      // Asking for the fields it hides leaves them out (Medusa strips fields a route does not allow).
      const probed = await get("/store/dealers/me/conflicts?fields=amount,zone_owner_dealer.id,zone_owner_dealer_id,note", suedOwner)
      expect(probed.conflicts[0].amount).toBe("120.00")
      expect(JSON.stringify(probed)).not.toContain(nord.id)
      expect(probed.conflicts[0]).not.toHaveProperty("note")
      expect((await get("/store/dealers/me/conflicts", suedBuyer.headers)).count).toBe(1)
      expect((await get("/store/dealers/me/conflicts?status=resolved", suedOwner)).count).toBe(0)
      // NORD is the zone's owner, not the seller.
      expect(await get("/store/dealers/me/conflicts", nordOwner)).toMatchObject({ conflicts: [], count: 0 })

      for (const [url, field] of [
        ["/store/dealers/me/alerts?kind=late", "kind"],
        ["/store/dealers/me/alerts?order=dealer_id", "order"],
        ["/store/dealers/me/alerts?period_key=2026-13", "period_key"],
        ["/store/dealers/me/conflicts?status=closed", "status"],
      ]) {
        const error = await refusal(url, suedOwner)
        expect([url, error.status]).toEqual([url, 400])
        expect(error.body.message).toContain(field)
      }
    })
  },
})
