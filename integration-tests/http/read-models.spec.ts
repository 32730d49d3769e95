import BigNumber from "bignumber.js"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { agreementInForce, isAgreementInForce } from "../../src/lib/agreement-in-force"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { agreementInForceSql, listAgreementsInForce } from "../../src/queries/agreement-in-force"
import { loadCheckoutCart } from "../../src/queries/checkout-cart"
import { cartTermsOf } from "../../src/queries/dealer-terms"
import { buildDealerProgress, sumSubtreeMonths } from "../../src/queries/dealer-progress"
import { agreedPricesOf, basePricesOf } from "../../src/queries/price-sources"
import { listUnpaidOrders, sumOutstanding, sumReceivables } from "../../src/queries/receivables"
import { loadRewardFacts } from "../../src/queries/reward-facts"
import { listProgramParticipants } from "../../src/queries/reward-participants"
import { createAdminHeaders, Headers, registerCustomer } from "../helpers/auth"
import { checkout, prepareCart, seedWholesaleStore, WholesaleStore } from "../helpers/checkout"
import { waitFor } from "../helpers/wait"

jest.setTimeout(240_000)

// Each read model in src/queries runs once on a small network and has its row
// shape and a value pinned: a Medusa upgrade that renames a table or a column
// breaks here. The host app runs the plugin in UTC.

const NOVEMBER = "2026-11"
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let container: MedusaContainer
    const network = () => container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
    const plans = () => container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
    const knex = () => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

    beforeEach(async () => {
      container = getContainer()
      admin = await createAdminHeaders(container)
    })

    const post = async (url: string, body: unknown = {}) => (await api.post(url, body, admin)).data
    const createDealer = async (code: string, fields: Record<string, unknown> = {}) =>
      (await post("/admin/dealers", { code, name: `Dealer ${code}`, ...fields })).dealer

    let saleNo = 0
    /** A sale credited to the ledger at a moment, as the order.placed subscriber records one. */
    async function credit(dealerId: string, amount: string, occurredAt: string, lines: any[] = []) {
      saleNo += 1
      await plans().recordContribution({
        dealer_id: dealerId,
        order_id: `order_rm_${saleNo}`,
        cause: "order_placed",
        source_id: `order_rm_${saleNo}`,
        period_key: occurredAt.slice(0, 7),
        occurred_at: new Date(occurredAt),
        currency_code: "eur",
        amount,
        order_count: 1,
        lines,
      })
    }

    /** Agreement versions written straight to the module, any status and validity. */
    async function versions(dealerId: string, rows: Record<string, unknown>[]) {
      const created: unknown = await network().createDealerAgreements(
        rows.map((row, i) => ({ dealer_id: dealerId, number: `AGR-RM-${dealerId.slice(-6)}`, version: i + 1, ...row })) as any
      )
      return created as any[]
    }

    describe("the agreement in force: one definition, SQL and TS agree", () => {
      it("picks the same version in SQL, in TS and through the module service at every moment", async () => {
        const dealer = await createDealer("TWIN")
        const created = await versions(dealer.id, [
          { status: "expired", valid_from: day("2026-01-01"), valid_to: day("2026-04-01") },
          { status: "terminated", valid_from: day("2026-04-01"), valid_to: day("2026-06-15") },
          { status: "draft", valid_from: day("2026-06-15"), valid_to: null },
          { status: "active", valid_from: day("2026-07-01"), valid_to: null, min_monthly_turnover: "5000.5" },
        ])
        const moments = ["2025-12-31", "2026-01-01", "2026-03-31", "2026-04-01", "2026-06-20", "2026-07-01", "2027-01-01"]
        const expected = [null, 0, 0, 1, null, 3, 3].map((index) => (index == null ? null : created[index].id))

        for (const [i, moment] of moments.entries()) {
          const at = day(moment)
          const [sql] = await listAgreementsInForce(knex(), { at, dealerIds: [dealer.id] })
          expect([moment, sql?.id ?? null]).toEqual([moment, expected[i]])
          expect([moment, agreementInForce(created, at)?.id ?? null]).toEqual([moment, expected[i]])
          expect([moment, (await network().retrieveEffectiveAgreement(dealer.id, at))?.id ?? null]).toEqual([
            moment,
            expected[i],
          ])
          const { rows } = await knex().raw(
            `select a.id, ${agreementInForceSql("a", "?::timestamptz")} as in_force
               from dealer_agreement a where a.dealer_id = ? order by a.version`,
            [at, at, dealer.id]
          )
          expect(rows.map((row: any) => [moment, row.in_force])).toEqual(
            created.map((version) => [moment, isAgreementInForce(version, at)])
          )
        }

        const [row] = await listAgreementsInForce(knex(), { at: day("2026-08-01"), dealerIds: [dealer.id] })
        expect(Object.keys(row).sort()).toEqual(
          ["dealer_id", "id", "min_annual_turnover", "min_monthly_quantity", "min_monthly_turnover", "number", "version"].sort()
        )
        expect(row).toMatchObject({ dealer_id: dealer.id, version: 4, min_monthly_turnover: "5000.5", min_annual_turnover: null })
      })
    })

    describe("one figure per day", () => {
      // Plan 210,000 for November 2026 (21 working days); 80,000 credited by the 13th
      // (10 working days elapsed), 30,000 after. As of the 13th: 100,000 expected,
      // −20,000 (−20 %), projected 80,000 × 21 / 10 = 168,000, on every surface.
      async function scenario() {
        const dealer = await createDealer("DAY")
        await post("/admin/dealer-plans", { dealer_id: dealer.id, period: NOVEMBER, target_amount: 210000 })
        await credit(dealer.id, "50000", "2026-11-03T09:00:00.000Z")
        await credit(dealer.id, "30000", "2026-11-13T23:30:00.000Z")
        await credit(dealer.id, "30000", "2026-11-14T00:00:00.000Z")
        return dealer
      }

      it("the progress page, the ranking and the alert say the same as of the 13th", async () => {
        const dealer = await scenario()
        const asOf = `period=${NOVEMBER}&as_of=2026-11-13`

        const { progress } = (await api.get(`/admin/dealers/${dealer.id}/progress?${asOf}`, admin)).data
        expect(progress).toMatchObject({
          as_of: "2026-11-13",
          plan: { currency_code: "eur", target_amount: "210000.00" },
          actual: { amount: "80000.00", order_count: 2, average_order_value: "40000.00" },
          deviation: {
            working_days_total: 21,
            working_days_elapsed: 10,
            expected_to_date: "100000.00",
            actual_to_date: "80000.00",
            deviation: "-20000.00",
            deviation_percent: "-20.00",
            projected: "168000.00",
            projected_gap: "-42000.00",
          },
        })

        const ranking = (await api.get(`/admin/dealer-progress?${asOf}`, admin)).data
        expect(ranking.dealers.find((row: any) => row.dealer.id === dealer.id)).toMatchObject({
          currency_code: "eur",
          target_amount: "210000.00",
          actual_amount: "80000.00",
          actual_order_count: 2,
          expected_amount: "100000.00",
          deviation: "-20000.00",
          deviation_percent: "-20.00",
        })

        const check = await post("/admin/dealer-alerts/check", { date: "2026-11-13" })
        const behind = check.created.find((alert: any) => alert.dealer_id === dealer.id && alert.kind === "behind_plan")
        expect(behind.figures).toMatchObject({
          actual_to_date: "80000.00",
          deviation: "-20000.00",
          deviation_percent: "-20.00",
          projected: "168000.00",
        })

        // Without a day, a past month reads its final figures as of its last day.
        const final = (await api.get(`/admin/dealers/${dealer.id}/progress?period=${NOVEMBER}`, admin)).data.progress
        expect(final).toMatchObject({ as_of: "2026-11-30", actual: { amount: "110000.00", order_count: 3 } })
      })

      it("refuses a day that does not exist on both progress routes", async () => {
        const dealer = await createDealer("NODAY")
        for (const url of [`/admin/dealers/${dealer.id}/progress`, "/admin/dealer-progress"]) {
          const refused = await api.get(`${url}?period=${NOVEMBER}&as_of=2026-11-31`, admin).catch((e) => e.response)
          expect([url, refused.status]).toEqual([url, 400])
          expect(refused.data.message).toMatch(/as_of/)
        }
      })
    })

    describe("progress, reward facts and participants", () => {
      it("pin their columns", async () => {
        const parent = await createDealer("PAR", { role: "distributor" })
        const child = await createDealer("CHI", { role: "dealer", parent_id: parent.id })
        await post("/admin/dealer-plans", { dealer_id: child.id, period: NOVEMBER, target_amount: 1000, target_order_count: 3 })
        await credit(child.id, "400.5", "2026-11-05T10:00:00.000Z", [
          { product_id: "prod_rm", variant_id: "variant_rm", category_ids: ["pcat_rm"], quantity: 2, amount: "400.5" },
        ])
        await credit(child.id, "99.5", "2026-11-25T10:00:00.000Z")

        const months = await sumSubtreeMonths(knex(), {
          dealerId: parent.id,
          months: [NOVEMBER],
          creditedUntil: new Date("2026-11-10T23:59:59.999Z"),
        })
        const none = { plan_id: null, plan_currency_code: null, plan_target_order_count: null }
        const tree = { code: null, name: null, role: null, status: null, dealer_currency_code: null, has_sub_network: null }
        expect(months).toEqual([
          {
            dealer_id: parent.id,
            depth: 0,
            ...{ code: "PAR", name: "Dealer PAR", role: "distributor", status: "applicant", dealer_currency_code: "eur" },
            has_sub_network: true,
            period_key: NOVEMBER,
            ...none,
            ...{ target_amount: "0", target_order_count: 0, actual_amount: "0", actual_order_count: 0 },
            dealer_count: null,
          },
          {
            dealer_id: child.id,
            depth: 1,
            ...{ code: "CHI", name: "Dealer CHI", role: "dealer", status: "applicant", dealer_currency_code: "eur" },
            has_sub_network: false,
            period_key: NOVEMBER,
            plan_id: expect.stringMatching(/^dplan_/),
            plan_currency_code: "eur",
            plan_target_order_count: 3,
            ...{ target_amount: "1000", target_order_count: 3, actual_amount: "400.5", actual_order_count: 1 },
            dealer_count: null,
          },
          {
            dealer_id: null,
            depth: null,
            ...tree,
            period_key: NOVEMBER,
            ...none,
            ...{ target_amount: "1000", target_order_count: 3, actual_amount: "400.5", actual_order_count: 1 },
            dealer_count: 2,
          },
        ])
        const progress = await buildDealerProgress(container, parent.id, { period: NOVEMBER, as_of: "2026-11-10" })
        expect(progress.sub_network).toMatchObject({ dealer_count: 2, target_amount: "1000.00", actual_amount: "400.50" })

        const [facts] = await loadRewardFacts(knex(), {
          dealerIds: [parent.id],
          months: [NOVEMBER],
          currencyCode: "eur",
          focusKeys: ["product:prod_rm", "category:pcat_rm"],
        })
        expect(facts).toEqual({
          dealerId: parent.id,
          currency: "eur",
          salesAmount: "0",
          orderCount: 0,
          planTarget: null,
          lastYearSalesAmount: null,
          subNetworkSalesAmount: "500.0",
          focus: {},
        })
        const [childFacts] = await loadRewardFacts(knex(), {
          dealerIds: [child.id],
          months: [NOVEMBER],
          currencyCode: "eur",
          focusKeys: ["product:prod_rm", "category:pcat_rm"],
        })
        expect(childFacts).toMatchObject({
          salesAmount: "500.0",
          orderCount: 2,
          planTarget: "1000",
          focus: {
            "product:prod_rm": { amount: "400.5", quantity: "2" },
            "category:pcat_rm": { amount: "400.5", quantity: "2" },
          },
        })

        await versions(child.id, [
          { status: "active", valid_from: day("2026-01-01"), valid_to: null, reward_program_ids: ["rprog_rm"] },
        ])
        const participants = await listProgramParticipants(knex(), {
          programId: "rprog_rm",
          at: day("2026-11-30"),
          eligibility: { roles: ["dealer"] },
        })
        expect(participants).toEqual([child.id])
        expect(
          await listProgramParticipants(knex(), { programId: "rprog_rm", at: day("2025-12-31"), eligibility: null })
        ).toEqual([])
      })
    })

    describe("receivables, dealer terms and price sources", () => {
      let store: WholesaleStore

      it("pin their columns on a real order", async () => {
        store = await seedWholesaleStore(container, [
          { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
        ])
        await post("/admin/dealer-settings", { b2b_sales_channel_id: store.salesChannelId })
        const dealer = await createDealer("RCV")
        const buyer = await registerCustomer(api, store.publishableKey, "buyer@rcv.example")
        await post(`/admin/dealers/${dealer.id}/members`, { customer_id: buyer.id, role: "buyer" })
        const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
          valid_from: new Date(Date.now() - 86_400_000).toISOString(),
          payment_terms_days: 30,
          credit_limit: 12345.67,
          min_order_amount: 100.5,
        })
        await post(`/admin/dealer-agreements/${agreement.id}/activate`)

        const order = await checkout(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 2 }])
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        await waitFor(
          async () => (await query.graph({ entity: "order", fields: ["dealer.id"], filters: { id: order.id } })).data,
          ([linked]: any[]) => Boolean(linked?.dealer?.id)
        )

        const today = new Date().toISOString().slice(0, 10)
        const filter = { dealerIds: [dealer.id], asOfDay: today, timeZone: "UTC" }
        const [unpaid] = await listUnpaidOrders(knex(), filter)
        expect(Object.keys(unpaid).sort()).toEqual(
          [
            "bucket", "currency_code", "dealer_id", "display_id", "due_at", "order_id", "outstanding",
            "overdue_days", "paid", "payment_terms_days", "pending_difference", "placed_at", "total",
          ].sort()
        )
        expect(unpaid).toMatchObject({
          dealer_id: dealer.id,
          order_id: order.id,
          currency_code: "eur",
          payment_terms_days: 30,
          outstanding: unpaid.total,
          overdue_days: 0,
          bucket: "current",
        })
        expect(Number(unpaid.total)).toBeGreaterThanOrEqual(240)
        // Medusa's own pending difference, unrounded: the invoice's cents round it.
        expect(Number(unpaid.pending_difference).toFixed(2)).toBe(unpaid.outstanding)
        const { rows: balances, count } = await sumReceivables(knex(), filter)
        expect(count).toBe(1)
        expect(balances[0]).toMatchObject({
          dealer_id: dealer.id,
          currency_code: "eur",
          order_count: 1,
          outstanding: unpaid.total,
          overdue: "0.00",
          current: unpaid.total,
          overdue_1_30: "0.00",
          overdue_31_60: "0.00",
          overdue_61_90: "0.00",
          overdue_over_90: "0.00",
        })

        // The credit check's sum is sumReceivables' balance.
        expect(await sumOutstanding(knex(), dealer.id, "eur")).toBe(balances[0].outstanding)
        expect(await sumOutstanding(knex(), dealer.id, "usd")).toBe("0")

        // The cart's terms in one statement, against the cart through Query and the module's agreement in force.
        const {
          data: { cart: newCart },
        } = await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: store.salesChannelId }, buyer.headers)
        const {
          data: [queried],
        } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "sales_channel_id"], filters: { id: newCart.id } })
        const inForce = (await network().retrieveEffectiveAgreement(dealer.id))!
        const member = await network().retrieveDealer(dealer.id)
        expect(await cartTermsOf(container, newCart.id)).toEqual({
          cart: { id: queried.id, customer_id: queried.customer_id, sales_channel_id: queried.sales_channel_id },
          dealer: { id: member.id, code: member.code, name: member.name, status: member.status },
          inB2BChannel: true,
          agreement: {
            id: inForce.id,
            number: inForce.number,
            min_order_amount: String(inForce.min_order_amount),
            credit_limit: String(inForce.credit_limit),
            restrict_to_assortment: inForce.restrict_to_assortment,
          },
        })
        expect(queried.customer_id).toBe(buyer.id)
        expect(await cartTermsOf(container, "cart_missing")).toBeNull()

        // The checkout's cart read in one statement, against Query's cart with its totals.
        const fullCartId = await prepareCart(api, store, buyer.headers, [{ variant_id: store.variants["drill-x18"], quantity: 3 }])
        const {
          data: [withTotals],
        } = await query.graph({
          entity: "cart",
          fields: ["id", "currency_code", "total", "item_subtotal", "items.title", "items.product_title", "items.product.categories.id", "items.product.categories.mpath"],
          filters: { id: fullCartId },
        })
        const loaded = (await loadCheckoutCart(knex(), fullCartId))!
        expect(loaded).toEqual({
          id: fullCartId,
          currency_code: withTotals.currency_code,
          total: new BigNumber(withTotals.total as any).toFixed(),
          item_subtotal: new BigNumber(withTotals.item_subtotal as any).toFixed(),
          items: withTotals.items!.map((item: any) => ({
            title: item.title,
            product_title: item.product_title,
            categories: item.product.categories.map(({ id, mpath }: any) => ({ id, mpath })),
          })),
        })
        expect(new BigNumber(loaded.total).gt(loaded.item_subtotal)).toBe(true) // tax and shipping on top
        expect(await loadCheckoutCart(knex(), "cart_missing")).toBeUndefined()

        const base = await basePricesOf(container, "eur", null)
        const { data: variants } = await query.graph({
          entity: "variant",
          fields: ["id", "price_set.id"],
          filters: { id: store.variants["drill-x18"] },
        })
        const priceSetId = variants[0].price_set.id
        expect(base.find((price) => price.price_set_id === priceSetId)).toEqual({
          price_set_id: priceSetId,
          amount: "120",
          min_quantity: null,
          max_quantity: null,
        })
        expect(await agreedPricesOf(container, [{ variant_id: store.variants["drill-x18"], amount: 99 } as any])).toEqual([
          { price_set_id: priceSetId, amount: 99, min_quantity: null, max_quantity: null },
        ])
      })
    })
  },
})
