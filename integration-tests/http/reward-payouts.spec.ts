import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { registerCustomer } from "../helpers/auth"
import { prepareCart, TOOLS } from "../helpers/checkout"
import { failure } from "../helpers/failure"
import { wholesaleFixture } from "../helpers/wholesale-fixture"

jest.setTimeout(240_000)

/** A price below a hundredth of a cent, as taxes leave order totals: Medusa keeps them unrounded. */
const ODD_BITS = { handle: "odd-bits", title: "Odd bits", price: 33.3367, category: "Hand tools" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const {
      admin,
      store,
      post,
      get,
      dealerUnderAgreement,
      placeLinkedOrder: placeOrder,
    } = wholesaleFixture(api, getContainer, { products: [TOOLS.drill, TOOLS.pliers, ODD_BITS], b2bChannel: true })

    const rewards = () => getContainer().resolve<RewardsModuleService>(REWARDS_MODULE)
    const drills = (quantity: number) => [{ variant_id: store.variants["drill-x18"], quantity }]

    /** Money in the wallet, as an approved accrual of the period close would put it there. */
    async function fund(dealerId: string, amount: string) {
      await rewards().moveWallet([
        {
          dealer_id: dealerId,
          kind: "money",
          amount,
          currency_code: "eur",
          source_type: "accrual",
          source_id: `test_accrual_${Math.random().toString(36).slice(2)}`,
          description: "Test reward",
        },
      ])
    }

    async function balances(dealerId: string) {
      const rows = await rewards().walletBalances(dealerId)
      return Object.fromEntries(rows.map((b) => [b.kind, b.balance]))
    }

    async function outstandingOf(dealerId: string) {
      const { receivables } = await get(`/admin/dealers/${dealerId}/receivables`)
      return receivables.orders.map((o: any) => [o.display_id, o.outstanding])
    }

    it("offsets unpaid orders oldest first, never more than each owes, and keeps the remainder in the wallet", async () => {
      const { dealer, buyer: member } = await dealerUnderAgreement("RO", { payment_terms_days: 30, payout_form: "receivable_offset" })
      const buyer = member.headers
      const older = await placeOrder(buyer, drills(3)) // 3 × 120 + 25 = 385
      const newer = await placeOrder(buyer, drills(2)) // 2 × 120 + 25 = 265
      await fund(dealer.id, "1000")
      expect(await outstandingOf(dealer.id)).toEqual([
        [older.display_id, "385.00"],
        [newer.display_id, "265.00"],
      ])

      // No form named: the agreement's receivable_offset.
      const { payout: first } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 500, note: "Q3 bonus" })
      expect(first).toMatchObject({
        dealer_id: dealer.id,
        form: "receivable_offset",
        status: "completed",
        amount: 500,
        currency_code: "eur",
        note: "Q3 bonus",
      })
      expect(first.details).toMatchObject({ requested_amount: "500", applied: "500", remainder: "0" })
      expect(first.details.credit_lines.map((l: any) => [l.order_id, l.display_id, l.amount])).toEqual([
        [older.id, older.display_id, "385"],
        [newer.id, newer.display_id, "115"],
      ])
      expect(first.details.credit_lines.every((l: any) => typeof l.credit_line_id === "string")).toBe(true)
      expect(await balances(dealer.id)).toEqual({ money: "500" })
      // The older order is settled; the newer one owes 265 − 115.
      expect(await outstandingOf(dealer.id)).toEqual([[newer.display_id, "150.00"]])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: ["credit_lines.amount", "credit_lines.reference", "credit_lines.reference_id", "summary.*"],
        filters: { id: older.id },
      })
      expect(order.credit_lines.map((l: any) => [Number(l.amount), l.reference, l.reference_id])).toEqual([
        [385, "dealer_reward_payout", first.id],
      ])

      // 400 asked, 150 owed: only 150 leaves the wallet, 250 stays.
      const { payout: second } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: "400" })
      expect(second).toMatchObject({ form: "receivable_offset", status: "completed", amount: 150 })
      expect(second.details).toMatchObject({ requested_amount: "400", applied: "150", remainder: "250" })
      expect(second.details.credit_lines.map((l: any) => [l.order_id, l.amount])).toEqual([[newer.id, "150"]])
      expect(await balances(dealer.id)).toEqual({ money: "350" })
      expect(await outstandingOf(dealer.id)).toEqual([])

      // Nothing left to offset: refused, nothing moves.
      const nothing = await failure(api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 10 }, admin))
      expect(nothing.status).toBe(400)
      expect(nothing.body.message).toBe("amount: dealer RO has no unpaid orders in EUR to offset")
      expect(await balances(dealer.id)).toEqual({ money: "350" })

      const { wallet, entries } = await get(`/admin/dealers/${dealer.id}/wallet`)
      expect(wallet.balances).toEqual([{ kind: "money", currency_code: "eur", balance: "350" }])
      expect(entries.filter((e: any) => e.source_type === "payout").map((e: any) => [e.source_id, Number(e.amount)]).sort()).toEqual(
        [
          [first.id, -500],
          [second.id, -150],
        ].sort()
      )
      // The statement says what each entry was, as a person reads it: the payout's form and the orders it offset.
      const sourceOf = (id: string) => entries.find((e: any) => e.source_id === id).source
      expect(sourceOf(first.id)).toMatchObject({
        payout_form: "receivable_offset",
        order_numbers: [older.display_id, newer.display_id].sort((a, b) => a - b),
        program: null,
        event: null,
        materials: [],
      })
      expect(sourceOf(second.id)).toMatchObject({ payout_form: "receivable_offset", order_numbers: [newer.display_id] })
      // The test's funding has no accrual behind it: nothing to name.
      expect(entries.find((e: any) => e.source_type === "accrual").source).toMatchObject({ program: null, period: null, payout_form: null })
    })

    it("offsets a partly paid order with an unrounded total: the invoice's cents are settled, the rest stays in the wallet", async () => {
      const { dealer, buyer: member } = await dealerUnderAgreement("HU", { payment_terms_days: 30, payout_form: "receivable_offset" })
      // 33.3367 + 25 shipping = 58.3367, an invoice of 58.34; 20 of it is paid.
      const order = await placeOrder(member.headers, [{ variant_id: store.variants["odd-bits"], quantity: 1 }])
      const { order: withPayments } = await get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`)
      await post(`/admin/payments/${withPayments.payment_collections[0].payments[0].id}/capture`, { amount: 20 })
      expect(await outstandingOf(dealer.id)).toEqual([[order.display_id, "38.34"]])
      await fund(dealer.id, "100")

      // 60 asked, 38.34 owed: the order is settled (Medusa's own 38.3367 credited), 21.66 stays in the wallet.
      const { payout } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 60 })
      expect(payout).toMatchObject({ form: "receivable_offset", status: "completed", amount: 38.34 })
      expect(payout.details).toMatchObject({ requested_amount: "60", applied: "38.34", remainder: "21.66" })
      expect(await outstandingOf(dealer.id)).toEqual([])
      expect(await balances(dealer.id)).toEqual({ money: "61.66" })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [settled],
      } = await query.graph({ entity: "order", fields: ["summary.*"], filters: { id: order.id } })
      expect(Number(settled.summary.pending_difference)).toBe(0)
    })

    it("undoes an offset an order refuses: credit lines reversed, money back, payout canceled", async () => {
      const { dealer, buyer: member } = await dealerUnderAgreement("RX", { payment_terms_days: 30 })
      const buyer = member.headers
      const older = await placeOrder(buyer, drills(3)) // 385
      const newer = await placeOrder(buyer, drills(2)) // 265
      await fund(dealer.id, "600")
      // An order edit in progress: Medusa refuses another change (the credit line) on the newer order.
      await post("/admin/order-edits", { order_id: newer.id })

      const refused = await failure(
        api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 500, form: "receivable_offset" }, admin)
      )
      expect(refused.status).toBe(400)
      expect(refused.body.message).toContain(`Order #${newer.display_id} did not take a credit line of 115.00`)
      expect(refused.body.message).toContain("Nothing was offset and the wallet is unchanged.")

      expect(await balances(dealer.id)).toEqual({ money: "600" })
      expect(await outstandingOf(dealer.id)).toEqual([
        [older.display_id, "385.00"],
        [newer.display_id, "265.00"],
      ])
      const { payouts } = await get(`/admin/dealer-payouts?dealer_id=${dealer.id}`)
      expect(payouts).toHaveLength(1)
      expect(payouts[0]).toMatchObject({ status: "canceled", amount: 500, details: expect.objectContaining({ failed: true }) })
      expect(payouts[0].dealer).toEqual({ id: dealer.id, code: dealer.code, name: dealer.name })
      // The debit and its reversal both stay in the ledger.
      const { entries } = await get(`/admin/dealers/${dealer.id}/wallet`)
      expect(
        entries
          .filter((e: any) => e.source_id === payouts[0].id)
          .map((e: any) => [e.source_type, Number(e.amount)])
          .sort()
      ).toEqual([
        ["payout", -500],
        ["payout_reversal", 500],
      ])
    })

    it("converts money to marketing points at the program's rate, rounded down, in one wallet transaction", async () => {
      const { dealer } = await dealerUnderAgreement("MP", { payout_form: "marketing_points" })
      await fund(dealer.id, "100")
      const program = await rewards().createDealerRewardPrograms({
        code: "POINTS-X",
        name: "Points for partners",
        valid_from: new Date(),
        currency_code: "eur",
        points_per_unit: "2.5" as unknown as number,
      })

      // 40.30 × 2.5 = 100.75 → 100 points.
      const { payout } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 40.3, program_id: program.id })
      expect(payout).toMatchObject({ form: "marketing_points", status: "completed", amount: 40.3 })
      expect(payout.details).toMatchObject({ program_id: program.id, points_per_unit: "2.5", points: "100" })
      expect(await balances(dealer.id)).toEqual({ money: "59.7", marketing_points: "100" })

      // Without a program: one point per unit.
      const { payout: plain } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: "9.99", form: "marketing_points" })
      expect(plain.details).toMatchObject({ program_id: null, points_per_unit: "1", points: "9" })
      expect(await balances(dealer.id)).toEqual({ money: "49.71", marketing_points: "109" })

      const unknown = await failure(
        api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 1, program_id: "drprg_missing" }, admin)
      )
      expect(unknown).toMatchObject({ status: 404, body: { message: "program_id: reward program drprg_missing was not found" } })
      const wrongForm = await failure(
        api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 1, form: "cash", program_id: program.id }, admin)
      )
      expect(wrongForm).toMatchObject({ status: 400, body: { message: "program_id: only a marketing_points payout takes a program" } })
      expect(await balances(dealer.id)).toEqual({ money: "49.71", marketing_points: "109" })
    })

    it("pays cash through approval, the bank export and payment; a cancel gives the money back", async () => {
      const { dealer, buyer } = await dealerUnderAgreement(
        "CA",
        { payout_form: "cash" },
        { legal_name: "Cash & Carry Tools GmbH", tax_id: "DE123456789" }
      )
      const other = await dealerUnderAgreement("OT", { payout_form: "cash" })
      await fund(dealer.id, "300")

      const { payout } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 120, note: "Annual bonus" })
      expect(payout).toMatchObject({ form: "cash", status: "requested", amount: 120, approved_at: null })
      // Reserved at request.
      expect(await balances(dealer.id)).toEqual({ money: "180" })

      const early = await failure(api.post(`/admin/dealer-payouts/${payout.id}/mark-paid`, { reference: "X" }, admin))
      expect(early.status).toBe(400)
      expect(early.body.message).toBe(
        `Payout ${payout.id} is a requested payout; only a cash payout exported to the bank can be marked paid`
      )

      const { payout: approved } = await post(`/admin/dealer-payouts/${payout.id}/approve`)
      expect(approved.status).toBe("approved")
      expect(approved.approved_at).toBeTruthy()
      const twice = await failure(api.post(`/admin/dealer-payouts/${payout.id}/approve`, {}, admin))
      expect(twice).toMatchObject({ status: 400 })
      expect(twice.body.message).toContain("only a requested cash payout can be approved")

      await post(`/admin/dealers/${dealer.id}/bank-accounts`, {
        holder: "Cash & Carry Tools GmbH",
        iban: "DE89370400440532013000",
        bic: "COBADEFFXXX",
      })
      const { batch } = await post("/admin/dealer-payout-batches", { format: "csv", execution_date: "2026-12-04" })
      const exported = await api.get(`/admin/dealer-payout-batches/${batch.id}/file`, admin)
      expect(exported.headers["content-type"]).toContain("text/csv")
      expect(exported.data.trim().split("\n")).toEqual([
        "execution_date,dealer_code,account_holder,iban,bic,bank_name,amount,currency_code,remittance,payout_id",
        `2026-12-04,CA,Cash + Carry Tools GmbH,DE89370400440532013000,COBADEFFXXX,,120.00,EUR,Dealer CA reward payout ${payout.id},${payout.id}`,
      ])
      expect((await get(`/admin/dealer-payouts/${payout.id}`)).payout).toMatchObject({ status: "exported", batch_id: batch.id })
      // Exported once: nothing approved is left; the file can be fetched again.
      const again = await failure(api.post("/admin/dealer-payout-batches", { format: "csv" }, admin))
      expect(again.body.message).toBe("There are no approved cash payouts to export")
      const copy = await api.get(`/admin/dealer-payout-batches/${batch.id}/file`, admin)
      expect(copy.data).toBe(exported.data)

      const noReference = await failure(api.post(`/admin/dealer-payouts/${payout.id}/mark-paid`, {}, admin))
      expect(noReference.status).toBe(400)
      expect(noReference.body.message).toContain("reference")
      const { payout: paid } = await post(`/admin/dealer-payouts/${payout.id}/mark-paid`, { reference: "BANK-2026-0042" })
      expect(paid).toMatchObject({ status: "paid", reference: "BANK-2026-0042" })
      expect(paid.paid_at).toBeTruthy()
      const cancelPaid = await failure(api.post(`/admin/dealer-payouts/${payout.id}/cancel`, {}, admin))
      expect(cancelPaid.status).toBe(400)
      expect(cancelPaid.body.message).toContain("only a cash payout that is not paid yet can be canceled")
      expect(await balances(dealer.id)).toEqual({ money: "180" })

      // A second request, approved, then canceled: the money comes back.
      const { payout: second } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 50 })
      await post(`/admin/dealer-payouts/${second.id}/approve`)
      expect(await balances(dealer.id)).toEqual({ money: "130" })
      const { payout: canceled } = await post(`/admin/dealer-payouts/${second.id}/cancel`, { reason: "Wrong account" })
      expect(canceled).toMatchObject({ status: "canceled", details: expect.objectContaining({ cancel_reason: "Wrong account" }) })
      expect(await balances(dealer.id)).toEqual({ money: "180" })
      const cancelTwice = await failure(api.post(`/admin/dealer-payouts/${second.id}/cancel`, {}, admin))
      expect(cancelTwice.status).toBe(400)
      expect(await balances(dealer.id)).toEqual({ money: "180" })
      // A canceled payout is not in a bank file.
      expect((await failure(api.post("/admin/dealer-payout-batches", { format: "csv" }, admin))).status).toBe(400)

      // Lists and filters.
      const list = await get(`/admin/dealer-payouts?dealer_id=${dealer.id}&form=cash&limit=1`)
      expect(list).toMatchObject({ count: 2, limit: 1, offset: 0 })
      expect(list.payouts.map((p: any) => p.id)).toEqual([second.id])
      expect((await get(`/admin/dealer-payouts?status=paid&dealer_id=${dealer.id}`)).payouts.map((p: any) => p.id)).toEqual([
        payout.id,
      ])
      expect((await get(`/admin/dealers/${dealer.id}/payouts`)).count).toBe(2)

      // Owners see their own dealer's payouts only, without the admin's note; buyers do not see payouts.
      const ownerOf = async (dealerId: string, email: string) => {
        const owner = await registerCustomer(api, store.publishableKey, email)
        await post(`/admin/dealers/${dealerId}/members`, { customer_id: owner.id, role: "owner" })
        return owner.headers
      }
      const own = (await api.get("/store/dealers/me/payouts", await ownerOf(dealer.id, "owner@ca.example"))).data
      expect(own.payouts.map((p: any) => [p.id, p.status])).toEqual([
        [second.id, "canceled"],
        [payout.id, "paid"],
      ])
      expect(own.payouts[1].note).toBeUndefined()
      expect((await api.get("/store/dealers/me/payouts", await ownerOf(other.dealer.id, "owner@ot.example"))).data.payouts).toEqual([])
      expect((await failure(api.get("/store/dealers/me/payouts", buyer.headers))).status).toBe(403)
      const noSession = await failure(api.get("/store/dealers/me/payouts", { headers: { "x-publishable-api-key": store.publishableKey } }))
      expect(noSession.status).toBe(401)
    })

    it("gives a next-period discount code only the dealer's customer group can use, with the amount as the campaign budget", async () => {
      const { dealer, buyer } = await dealerUnderAgreement("ND", { payout_form: "next_period_discount" })
      const outsider = await dealerUnderAgreement("NX", {})
      await fund(dealer.id, "200")

      const { payout } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount: 75 })
      expect(payout).toMatchObject({ form: "next_period_discount", status: "completed", amount: 75 })
      const now = new Date()
      const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
      const month = next.toISOString().slice(0, 7)
      expect(payout.details.month).toBe(month)
      expect(payout.details.code).toMatch(new RegExp(`^DN-ND-${month}-[A-Z0-9]{6}$`))
      expect(await balances(dealer.id)).toEqual({ money: "125" })

      const { promotion } = await get(
        `/admin/promotions/${payout.details.promotion_id}?fields=*application_method,*rules,*rules.values,*campaign,*campaign.budget`
      )
      expect(promotion).toMatchObject({ code: payout.details.code, status: "active", is_automatic: false })
      expect(promotion.application_method).toMatchObject({
        type: "fixed",
        target_type: "order",
        value: 75,
        currency_code: "eur",
      })
      expect(promotion.rules.map((r: any) => [r.attribute, r.operator, r.values.map((v: any) => v.value)])).toEqual([
        ["customer.groups.id", "in", [dealer.customer_group_id]],
      ])
      expect(promotion.campaign.budget).toMatchObject({ type: "spend", limit: 75, currency_code: "eur" })
      // The next calendar month in the plugin's time zone (UTC in the tests).
      expect(new Date(promotion.campaign.starts_at).toISOString()).toBe(next.toISOString())
      const endOfNext = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1) - 1)
      expect(new Date(promotion.campaign.ends_at).toISOString()).toBe(endOfNext.toISOString())

      // This month the code gives nothing yet.
      const early = await prepareCart(api, store, buyer.headers, drills(3))
      const tooEarly = await api.post(`/store/carts/${early}/promotions`, { promo_codes: [payout.details.code] }, buyer.headers)
      expect(tooEarly.data.cart.discount_total).toBe(0)

      // Next month (the campaign moved to start now): the dealer's buyer gets 75 off, another dealer's buyer nothing.
      const promotions = getContainer().resolve(Modules.PROMOTION)
      await promotions.updateCampaigns({ id: promotion.campaign.id, starts_at: new Date(Date.now() - 60_000) })
      const cartId = await prepareCart(api, store, buyer.headers, drills(3))
      const applied = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [payout.details.code] }, buyer.headers)
      expect(applied.data.cart.discount_total).toBe(75)
      const theirs = await prepareCart(api, store, outsider.buyer.headers, drills(3))
      const notTheirs = await api.post(
        `/store/carts/${theirs}/promotions`,
        { promo_codes: [payout.details.code] },
        outsider.buyer.headers
      )
      expect(notTheirs.data.cart.discount_total).toBe(0)

      // The discount changed the total: the payment session is made again, as a storefront does.
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer.headers)
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        buyer.headers
      )
      const order = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers)
      expect(order.data.type).toBe("order")
      expect(order.data.order.discount_total).toBe(75)
      // Spent once, the budget is used up: a second order does not get it again.
      const { campaign } = await get(`/admin/campaigns/${promotion.campaign.id}?fields=*budget`)
      expect(campaign.budget).toMatchObject({ limit: 75, used: 75 })
      const secondCart = await prepareCart(api, store, buyer.headers, drills(3))
      const spent = await api.post(`/store/carts/${secondCart}/promotions`, { promo_codes: [payout.details.code] }, buyer.headers)
      expect(spent.data.cart.discount_total).toBe(0)
    })

    it("refuses a payout over the balance and bad input by field, changing nothing", async () => {
      const { dealer } = await dealerUnderAgreement("OB", { payout_form: "cash" })
      await fund(dealer.id, "100")

      const over = await failure(api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 150 }, admin))
      expect(over).toMatchObject({
        status: 400,
        body: { message: "amount: the money balance is 100.00 EUR; 150.00 cannot be paid out of it" },
      })
      for (const form of ["marketing_points", "next_period_discount", "receivable_offset"]) {
        expect((await failure(api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 100.01, form }, admin))).status).toBe(400)
      }
      expect(await balances(dealer.id)).toEqual({ money: "100" })
      expect((await get(`/admin/dealers/${dealer.id}/payouts`)).count).toBe(0)

      const cases: [unknown, string][] = [
        [{}, "amount"],
        [{ amount: -5 }, "amount: must be greater than 0"],
        [{ amount: 0 }, "amount: must be greater than 0"],
        [{ amount: "12.345" }, "amount: must have at most 2 decimals"],
        [{ amount: 1e21 }, "amount: must be at most 1000000000000"],
        [{ amount: 10, form: "gift" }, "form"],
        [{ amount: 10, extra: true }, "extra"],
      ]
      for (const [body, message] of cases) {
        const bad = await failure(api.post(`/admin/dealers/${dealer.id}/payouts`, body, admin))
        expect(bad.status).toBe(400)
        expect(bad.body.message).toContain(message)
      }

      const noDealer = await failure(api.post("/admin/dealers/dlr_missing/payouts", { amount: 10 }, admin))
      expect(noDealer.status).toBe(404)
      expect((await failure(api.get("/admin/dealer-payouts/dpout_missing", admin))).status).toBe(404)
      expect((await failure(api.post("/admin/dealer-payouts/dpout_missing/approve", {}, admin))).status).toBe(404)
      expect((await failure(api.post("/admin/dealer-payouts/dpout_missing/cancel", {}, admin))).status).toBe(404)
      expect((await failure(api.get("/admin/dealer-payouts?status=lost", admin))).body.message).toContain("status")
      expect((await failure(api.post("/admin/dealer-payout-batches", { format: "paid" }, admin))).status).toBe(400)

      // A dealer with no agreement must name the form.
      const { dealer: bare } = await post("/admin/dealers", { code: "NA", name: "No agreement" })
      await fund(bare.id, "10")
      const noForm = await failure(api.post(`/admin/dealers/${bare.id}/payouts`, { amount: 5 }, admin))
      expect(noForm).toMatchObject({ status: 400 })
      expect(noForm.body.message).toContain("form: dealer NA has no agreement in force")
      expect(await balances(bare.id)).toEqual({ money: "10" })
    })

    it("lets exactly one of two simultaneous payouts through when together they exceed the balance", async () => {
      const { dealer } = await dealerUnderAgreement("CC", { payout_form: "cash" })
      await fund(dealer.id, "100")

      const outcomes = await Promise.allSettled([
        api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 70 }, admin),
        api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 70, form: "marketing_points" }, admin),
      ])
      const succeeded = outcomes.filter((o) => o.status === "fulfilled")
      const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [(o.reason as any).response] : []))
      expect(succeeded).toHaveLength(1)
      expect(refused.map((r) => [r.status, r.data.message])).toEqual([
        [400, "amount: the money balance is 30.00 EUR; 70.00 cannot be paid out of it"],
      ])
      expect((await balances(dealer.id)).money).toBe("30")
      const { payouts } = await get(`/admin/dealers/${dealer.id}/payouts`)
      expect(payouts).toHaveLength(1)
    })
  },
})
