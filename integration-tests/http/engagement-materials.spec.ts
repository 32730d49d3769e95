import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { adminRequests, adminSession, createPublishableKey, registerCustomer } from "../helpers/auth"
import { failure } from "../helpers/failure"

jest.setTimeout(300_000)

const DAY = 86_400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const { post, get } = adminRequests(api, admin)
    const rewards = () => getContainer().resolve<RewardsModuleService>(REWARDS_MODULE)

    let fundNo = 0
    /** Marketing points put into a wallet, as an approved accrual would. */
    async function fund(dealerId: string, points: string) {
      fundNo += 1
      await rewards().moveWallet([
        { dealer_id: dealerId, kind: "marketing_points", amount: points, currency_code: "eur", source_type: "accrual", source_id: `test_points_${fundNo}` },
      ])
    }

    /** The dealer's marketing points balance. */
    async function points(dealerId: string) {
      const rows = await rewards().walletBalances(dealerId)
      return rows.find((b) => b.kind === "marketing_points")?.balance ?? "0"
    }

    /** An active dealer (its agreement in force), in Munich unless told otherwise. */
    async function dealer(code: string, fields: Record<string, unknown> = {}) {
      const { dealer } = await post("/admin/dealers", {
        code,
        name: `Dealer ${code}`,
        legal_name: `${code} Werkzeuge GmbH`,
        address_line: "Landsberger Str. 12",
        postal_code: "80687",
        city: "München",
        country_code: "de",
        phone: "+49 89 123456",
        ...fields,
      })
      const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, { valid_from: new Date(Date.now() - DAY).toISOString() })
      await post(`/admin/dealer-agreements/${agreement.id}/activate`)
      return dealer as { id: string; code: string }
    }

    let publishableKey = ""
    beforeEach(() => {
      publishableKey = ""
    })
    async function member(dealerId: string, role: "owner" | "manager" | "buyer") {
      if (!publishableKey) publishableKey = (await createPublishableKey(getContainer())).key
      const customer = await registerCustomer(api, publishableKey, `${role}-${dealerId.slice(-8).toLowerCase()}@materials.example`)
      await post(`/admin/dealers/${dealerId}/members`, { customer_id: customer.id, role })
      return customer.headers
    }

    async function material(fields: Record<string, unknown>) {
      const { material } = await post("/admin/dealer-materials", { kind: "poster", ...fields })
      return material as { id: string; code: string; stock: number | null }
    }
    const stockOf = async (id: string) => (await get(`/admin/dealer-materials/${id}`)).material.stock

    it("debits points and stock in one request, rejects returning both once, ships, and lets the member cancel", async () => {
      const a = await dealer("MATA")
      const [owner, buyer] = [await member(a.id, "owner"), await member(a.id, "buyer")]
      await fund(a.id, "1000")
      const poster = await material({ code: "POSTER-A1", title: "Poster A1 'Cordless X18'", points_price: 40, stock: 10 })
      const kit = await material({ code: "KIT-SOCIAL", title: "Social media kit", kind: "digital_kit", points_price: "15", stock: null })
      expect(poster).toMatchObject({ points_price: "40", stock: 10, tier_ids: [], is_active: true })

      // The owner sees the catalogue and the dealer's points; the buyer the catalogue only.
      const catalogue = (await api.get("/store/dealers/me/materials", owner)).data
      expect(catalogue.materials.map((m: any) => [m.code, m.points_price, m.stock])).toEqual([
        ["KIT-SOCIAL", "15", null],
        ["POSTER-A1", "40", 10],
      ])
      expect(catalogue.points).toEqual({ balance: "1000", currency_code: "eur" })
      const forBuyer = (await api.get("/store/dealers/me/materials", buyer)).data
      expect(forBuyer).toMatchObject({ count: 2, points: null })

      // 3 posters × 40 + 2 kits × 15 = 150 points. Sent twice with one key: one request.
      const body = { lines: [{ material_id: poster.id, quantity: 3 }, { material_id: kit.id, quantity: 2 }], note: "For the spring fair" }
      const keyed = { headers: { ...owner.headers, "Idempotency-Key": "mata-materials-1" } }
      const first = await api.post("/store/dealers/me/material-requests", body, keyed)
      const repeat = await api.post("/store/dealers/me/material-requests", body, keyed)
      expect(first.status).toBe(201)
      expect(repeat.headers["idempotent-replayed"]).toBe("true")
      const placed = first.data.material_request
      expect(repeat.data.material_request.id).toBe(placed.id)
      expect(placed).toMatchObject({
        dealer_id: a.id,
        status: "requested",
        total_points: "150",
        currency_code: "eur",
        note: "For the spring fair",
        shipping_address: {
          company: "MATA Werkzeuge GmbH",
          address_line: "Landsberger Str. 12",
          postal_code: "80687",
          city: "München",
          province: null,
          country_code: "de",
        },
        contact: { name: "owner-" + a.id.slice(-8).toLowerCase() + " Buyer", email: `owner-${a.id.slice(-8).toLowerCase()}@materials.example`, phone: "+49 89 123456" },
      })
      expect(placed.lines.map((l: any) => [l.code, l.quantity, l.points_each, l.points_total]).sort()).toEqual([
        ["KIT-SOCIAL", 2, "15", "30"],
        ["POSTER-A1", 3, "40", "120"],
      ])
      expect(await points(a.id)).toBe("850")
      expect(await stockOf(poster.id)).toBe(7)
      expect(await stockOf(kit.id)).toBeNull()

      // Buyers may look, not spend.
      expect((await failure(api.post("/store/dealers/me/material-requests", body, buyer))).status).toBe(403)
      expect((await api.get("/store/dealers/me/material-requests", buyer)).data.material_requests.map((r: any) => r.id)).toEqual([placed.id])

      // The admin's queue, narrowed to the dealer's open requests, names the dealer.
      const queue = await get(`/admin/dealer-material-requests?status=requested&dealer_id=${a.id}`)
      expect(queue.material_requests.map((r: any) => [r.id, r.dealer.code, r.total_points])).toEqual([[placed.id, "MATA", "150"]])

      // Rejected: the points and the stock come back, once; a second reject changes nothing.
      const rejected = (await post(`/admin/dealer-material-requests/${placed.id}/reject`, { reason: "Posters are being reprinted" })).material_request
      expect(rejected).toMatchObject({ status: "rejected", rejection_reason: "Posters are being reprinted" })
      expect(rejected.rejected_at).toBeTruthy()
      const again = (await post(`/admin/dealer-material-requests/${placed.id}/reject`, { reason: "Twice" })).material_request
      expect(again).toMatchObject({ status: "rejected", rejection_reason: "Posters are being reprinted" })
      expect(await points(a.id)).toBe("1000")
      expect(await stockOf(poster.id)).toBe(10)
      const moves = await rewards().listDealerWalletEntries({ source_id: placed.id })
      expect(moves.map((e) => [e.source_type, e.kind, Number(e.amount)]).sort()).toEqual([
        ["material_refund", "marketing_points", 150],
        ["material_request", "marketing_points", -150],
      ])
      expect((await failure(api.post(`/store/dealers/me/material-requests/${placed.id}/cancel`, {}, owner))).message).toBe(
        "The request is rejected; only a requested one can be cancelled"
      )

      // Shipped with a tracking note; it cannot be rejected after.
      const second = (await api.post("/store/dealers/me/material-requests", { lines: [{ material_id: poster.id, quantity: 2 }] }, owner)).data.material_request
      const shipped = (await post(`/admin/dealer-material-requests/${second.id}/ship`, { tracking_note: "DHL 00340434161234567890" })).material_request
      expect(shipped).toMatchObject({ status: "shipped", tracking_note: "DHL 00340434161234567890" })
      expect(shipped.shipped_at).toBeTruthy()
      const late = await failure(api.post(`/admin/dealer-material-requests/${second.id}/reject`, { reason: "Too late" }, admin))
      expect([late.status, late.message]).toEqual([400, "The request is shipped; only a requested one can be rejected"])
      expect(await points(a.id)).toBe("920")
      expect(await stockOf(poster.id)).toBe(8)

      // The member cancels a request still requested: both back; cancelling again changes nothing.
      const third = (await api.post("/store/dealers/me/material-requests", { lines: [{ material_id: poster.id, quantity: 1 }] }, owner)).data.material_request
      expect(await points(a.id)).toBe("880")
      const cancelled = (await api.post(`/store/dealers/me/material-requests/${third.id}/cancel`, {}, owner)).data.material_request
      expect(cancelled.status).toBe("cancelled")
      await api.post(`/store/dealers/me/material-requests/${third.id}/cancel`, {}, owner)
      expect(await points(a.id)).toBe("920")
      expect(await stockOf(poster.id)).toBe(8)

      // More than the stock, or more than the points: refused with the figures, nothing taken.
      const over = await failure(api.post("/store/dealers/me/material-requests", { lines: [{ material_id: poster.id, quantity: 9 }] }, owner))
      expect([over.status, over.message]).toEqual([400, "lines.0.quantity: 8 of POSTER-A1 in stock; 9 asked"])
      const b = await dealer("MATB")
      const ownerB = await member(b.id, "owner")
      await fund(b.id, "100")
      const poor = await failure(api.post("/store/dealers/me/material-requests", { lines: [{ material_id: poster.id, quantity: 3 }] }, ownerB))
      expect([poor.status, poor.message]).toEqual([400, "points: the request needs 120 marketing points; the dealer's balance is 100"])
      expect(await points(b.id)).toBe("100")
      expect(await stockOf(poster.id)).toBe(8)

      // Restock and a count found short; never below zero.
      expect((await post(`/admin/dealer-materials/${poster.id}/stock`, { adjustment: 12 })).material.stock).toBe(20)
      expect((await post(`/admin/dealer-materials/${poster.id}/stock`, { adjustment: -5 })).material.stock).toBe(15)
      const below = await failure(api.post(`/admin/dealer-materials/${poster.id}/stock`, { adjustment: -16 }, admin))
      expect([below.status, below.message]).toEqual([400, "adjustment: 15 in stock; taking 16 would leave -1"])
      const requests = (await get(`/admin/dealer-material-requests?dealer_id=${a.id}&order=created_at`)).material_requests
      expect(requests.map((r: any) => r.status)).toEqual(["rejected", "shipped", "cancelled"])
    })

    it("refuses a material reserved for higher tiers to a lower tier, and hides it from its catalogue", async () => {
      const { tier: gold } = await post("/admin/dealer-tiers", { name: "Gold", rank: 3 })
      const { tier: silver } = await post("/admin/dealer-tiers", { name: "Silver", rank: 2 })
      const goldDealer = await dealer("MATGOLD", { tier_id: gold.id })
      const silverDealer = await dealer("MATSILVER", { tier_id: silver.id })
      const [ownerGold, ownerSilver] = [await member(goldDealer.id, "owner"), await member(silverDealer.id, "owner")]
      await fund(goldDealer.id, "5000")
      await fund(silverDealer.id, "5000")
      const stand = await material({ code: "STAND-FLOOR", title: "Floor display stand", kind: "display", points_price: "1200", stock: 4, tier_ids: [gold.id] })
      const poster = await material({ code: "POSTER-B2", title: "Poster B2", points_price: "20", stock: 50 })

      expect((await api.get("/store/dealers/me/materials", ownerSilver)).data.materials.map((m: any) => m.code)).toEqual(["POSTER-B2"])
      expect((await api.get("/store/dealers/me/materials", ownerGold)).data.materials.map((m: any) => m.code)).toEqual(["POSTER-B2", "STAND-FLOOR"])
      const refused = await failure(
        api.post("/store/dealers/me/material-requests", { lines: [{ material_id: poster.id, quantity: 1 }, { material_id: stand.id, quantity: 1 }] }, ownerSilver)
      )
      expect([refused.status, refused.message]).toEqual([400, "lines.1.material_id: STAND-FLOOR is reserved for other partner tiers"])
      expect(await points(silverDealer.id)).toBe("5000")
      expect(await stockOf(poster.id)).toBe(50)

      const ordered = await api.post("/store/dealers/me/material-requests", { lines: [{ material_id: stand.id, quantity: 1 }] }, ownerGold)
      expect(ordered.status).toBe(201)
      expect(await points(goldDealer.id)).toBe("3800")
      expect(await stockOf(stand.id)).toBe(3)

      // A withdrawn material is not offered.
      await post(`/admin/dealer-materials/${poster.id}`, { is_active: false })
      const withdrawn = await failure(api.post("/store/dealers/me/material-requests", { lines: [{ material_id: poster.id, quantity: 1 }] }, ownerGold))
      expect(withdrawn.message).toBe("lines.0.material_id: POSTER-B2 is not offered any more")
    })

    it("sells the last 3 units to exactly 3 of 10 simultaneous requests and charges only those", async () => {
      const last = await material({ code: "SAMPLE-BLADES", title: "Saw blade sample set", kind: "sample", points_price: "35", stock: 3 })
      const owners: { id: string; headers: any }[] = []
      for (let i = 0; i < 10; i += 1) {
        const rival = await dealer(`MATR${i}`)
        await fund(rival.id, "100")
        owners.push({ id: rival.id, headers: await member(rival.id, "owner") })
      }
      const answers = await Promise.all(
        owners.map((owner) =>
          api
            .post("/store/dealers/me/material-requests", { lines: [{ material_id: last.id, quantity: 1 }] }, owner.headers)
            .catch((error: any) => error.response)
        )
      )
      const won = owners.filter((_, i) => answers[i].status === 201)
      expect(won).toHaveLength(3)
      const lost = answers.filter((answer) => answer.status !== 201)
      expect(new Set(lost.map((answer) => `${answer.status} ${answer.data.message}`))).toEqual(
        new Set(["400 lines.0.quantity: 0 of SAMPLE-BLADES in stock; 1 asked"])
      )
      expect(await stockOf(last.id)).toBe(0)
      for (const owner of owners) expect(await points(owner.id)).toBe(won.includes(owner) ? "65" : "100")
      expect(await rewards().listDealerWalletEntries({ source_type: "material_request" })).toHaveLength(3)
      expect((await get("/admin/dealer-material-requests?limit=50")).count).toBe(3)
    })

    it("never takes the points below zero when simultaneous requests exceed the balance", async () => {
      const d = await dealer("MATPOOR")
      const [owner, manager] = [await member(d.id, "owner"), await member(d.id, "manager")]
      await fund(d.id, "100")
      const kit = await material({ code: "KIT-VIDEO", title: "Product video kit", kind: "digital_kit", points_price: "30", stock: null })
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          api
            .post("/store/dealers/me/material-requests", { lines: [{ material_id: kit.id, quantity: 1 }] }, i % 2 ? manager : owner)
            .catch((error: any) => error.response)
        )
      )
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(3)
      const lost = answers.filter((answer) => answer.status !== 201)
      expect(new Set(lost.map((answer) => `${answer.status} ${answer.data.message}`))).toEqual(
        new Set(["400 points: the request needs 30 marketing points; the dealer's balance is 10"])
      )
      expect(await points(d.id)).toBe("10")
      const mine = (await api.get("/store/dealers/me/material-requests", owner)).data
      expect(mine.count).toBe(3)
      expect(mine.material_requests.every((r: any) => r.status === "requested" && r.total_points === "30")).toBe(true)
      const entries = await rewards().listDealerWalletEntries({ dealer_id: d.id, kind: "marketing_points" })
      expect(entries.map((e) => Number(e.amount)).sort((x, y) => x - y)).toEqual([-30, -30, -30, 100])
    })

    it("keeps the catalogue's codes unique and validates what the admin sends", async () => {
      await material({ code: "POSTER-C", title: "Poster C", points_price: 10, stock: 1 })
      const duplicate = await failure(api.post("/admin/dealer-materials", { code: "POSTER-C", title: "Again", kind: "poster", points_price: 5 }, admin))
      expect([duplicate.status, duplicate.message]).toEqual([422, "code: material POSTER-C already exists"])
      const badKind = await failure(api.post("/admin/dealer-materials", { code: "X", title: "X", kind: "flyer", points_price: 5 }, admin))
      expect(badKind.status).toBe(400)
      expect(badKind.message).toContain("kind:")
      const noTier = await failure(api.post("/admin/dealer-materials", { code: "Z", title: "Z", kind: "poster", points_price: 5, tier_ids: ["dtier_nope"] }, admin))
      expect([noTier.status, noTier.message]).toEqual([400, "tier_ids: no tier dtier_nope"])
      const both = await failure(api.post(`/admin/dealer-materials/${(await material({ code: "Y", title: "Y", points_price: 1, stock: 1 })).id}/stock`, { adjustment: 1, stock: 3 }, admin))
      expect([both.status, both.message]).toEqual([400, "adjustment: send either adjustment or stock"])
    })
  },
})
