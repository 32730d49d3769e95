import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import BigNumber from "bignumber.js"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { monthKeyOf } from "../../src/lib/periods"
import { TOOLS } from "../helpers/checkout"
import { errorResponse } from "../helpers/failure"
import { wholesaleFixture } from "../helpers/wholesale-fixture"
import { KASSEL, redeliverOrderPlaced, VIENNA, zoneConflictNetwork } from "../helpers/zone-conflict"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const fixture = wholesaleFixture(api, getContainer, { products: [TOOLS.drill, TOOLS.pliers] })
    const { admin, store, post } = fixture
    const { network, placeOrder } = zoneConflictNetwork(api, getContainer, fixture)
    const redeliver = (orderId: string) => redeliverOrderPlaced(getContainer(), orderId)

    const dealerNetwork = () => getContainer().resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
    const salesPlan = () => getContainer().resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)

    const casesOf = (orderId: string) => dealerNetwork().listDealerConflictCases({ order_id: orderId })
    const contributionsOf = (orderId: string) =>
      salesPlan().listDealerContributions({ order_id: orderId }, { relations: ["lines"] })

    /** A dealer's progress this month, to the cent; null when the ledger has nothing for it. */
    async function progressOf(dealerId: string) {
      const rows = await salesPlan().sumPeriodProgress({
        period_key: monthKeyOf(new Date(), "UTC"),
        dealer_ids: [dealerId],
      })
      expect(rows.length).toBeLessThanOrEqual(1)
      return rows[0] ? { amount: new BigNumber(rows[0].amount).toFixed(2), order_count: rows[0].order_count } : null
    }

    const linesOf = (entry: { lines: { product_id: string | null; quantity: number; amount: unknown }[] }) =>
      entry.lines
        .map((line) => [line.product_id, line.quantity, new BigNumber(String(line.amount)).toFixed(2)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])))

    describe("an order shipped into another dealer's exclusive zone", () => {
      it("credit_zone_owner: moves the whole credit to the zone owner, once however often order.placed comes", async () => {
        const { owner, seller, buyer, kassel, zone } = await network({ conflict_policy: "credit_zone_owner" })
        // 2 × 120 + 3 × 19.99 = 299.97, shipped to Kassel: inside NORD's zone over Hesse (the city's parent).
        const order = await placeOrder(buyer.headers, { "drill-x18": 2, "pliers-set": 3 }, KASSEL)

        const [conflict] = await casesOf(order.id)
        expect(conflict).toMatchObject({
          kind: "foreign_exclusive_zone",
          seller_dealer_id: seller.id,
          zone_owner_dealer_id: owner.id,
          zone_id: zone.id,
          territory_id: kassel.id,
          policy: "credit_zone_owner",
          status: "resolved",
          resolution: "credit_zone_owner",
          resolved_by: "policy",
          currency_code: "eur",
        })
        expect(new BigNumber(String(conflict.amount)).toFixed(2)).toBe("299.97")
        expect(await progressOf(owner.id)).toEqual({ amount: "299.97", order_count: 1 })
        expect(await progressOf(seller.id)).toEqual({ amount: "0.00", order_count: 0 })

        const moved = (await contributionsOf(order.id)).filter((c) => c.cause === "conflict_reassigned")
        expect(moved.map((c) => [c.dealer_id, c.source_id, c.order_count]).sort()).toEqual(
          [
            [owner.id, conflict.id, 1],
            [seller.id, conflict.id, -1],
          ].sort()
        )
        const toOwner = moved.find((c) => c.dealer_id === owner.id)!
        expect(linesOf(toOwner)).toEqual(
          [
            [store.products["drill-x18"], 2, "240.00"],
            [store.products["pliers-set"], 3, "59.97"],
          ].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
        )

        for (let delivery = 0; delivery < 2; delivery++) await redeliver(order.id)
        await Promise.all([1, 2, 3].map(() => redeliver(order.id)))

        expect(await casesOf(order.id)).toHaveLength(1)
        expect(await contributionsOf(order.id)).toHaveLength(3)
        expect(await progressOf(owner.id)).toEqual({ amount: "299.97", order_count: 1 })
        expect(await progressOf(seller.id)).toEqual({ amount: "0.00", order_count: 0 })
      })

      it("split 30 %: moves 30 % of the money to the cent; the order and the units stay with the seller", async () => {
        const { owner, seller, buyer } = await network({ conflict_policy: "split", split_share_percent: 30 })
        const order = await placeOrder(buyer.headers, { "drill-x18": 2, "pliers-set": 3 }, KASSEL)

        const [conflict] = await casesOf(order.id)
        expect(conflict).toMatchObject({ policy: "split", status: "resolved", resolution: "split", resolved_by: "policy" })
        expect(Number(conflict.split_share_percent)).toBe(30)
        // 30 % of 299.97 = 89.991 → 89.99 (lines: 72.00 + 17.991 → 17.99).
        expect(await progressOf(owner.id)).toEqual({ amount: "89.99", order_count: 0 })
        expect(await progressOf(seller.id)).toEqual({ amount: "209.98", order_count: 1 })
        const toOwner = (await contributionsOf(order.id)).find((c) => c.dealer_id === owner.id)!
        expect(linesOf(toOwner)).toEqual(
          [
            [store.products["drill-x18"], 0, "72.00"],
            [store.products["pliers-set"], 0, "17.99"],
          ].sort((a, b) => String(a[0]).localeCompare(String(b[0])))
        )

        await redeliver(order.id)
        await redeliver(order.id)
        expect(await casesOf(order.id)).toHaveLength(1)
        expect(await progressOf(owner.id)).toEqual({ amount: "89.99", order_count: 0 })
        expect(await progressOf(seller.id)).toEqual({ amount: "209.98", order_count: 1 })
      })

      it("keep_seller: closes the case and moves nothing", async () => {
        const { owner, seller, buyer } = await network({ conflict_policy: "keep_seller" })
        const order = await placeOrder(buyer.headers, { "drill-x18": 2, "pliers-set": 3 }, KASSEL)

        const cases = await casesOf(order.id)
        expect(cases).toEqual([
          expect.objectContaining({ kind: "foreign_exclusive_zone", status: "resolved", resolution: "keep_seller", resolved_by: "policy" }),
        ])
        expect(await progressOf(seller.id)).toEqual({ amount: "299.97", order_count: 1 })
        expect(await progressOf(owner.id)).toBeNull()
        expect(await contributionsOf(order.id)).toHaveLength(1)
      })

      it("manual_review: waits for an admin, who splits it through the API; a second resolution is refused", async () => {
        const { owner, seller, buyer, kassel } = await network({ conflict_policy: "manual_review" })
        // 120 + 19.99 = 139.99
        const order = await placeOrder(buyer.headers, { "drill-x18": 1, "pliers-set": 1 }, KASSEL)
        await redeliver(order.id)

        const listed = await api.get(`/admin/dealer-conflicts?dealer_id=${owner.id}&status=open`, admin)
        expect(listed.status).toBe(200)
        expect(listed.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        const [conflict] = listed.data.conflicts
        expect(conflict).toMatchObject({
          order_id: order.id,
          kind: "foreign_exclusive_zone",
          status: "open",
          policy: "manual_review",
          resolution: null,
          seller_dealer: { id: seller.id, code: "SUED", name: "Süd Handel" },
          zone_owner_dealer: { id: owner.id, code: "NORD", name: "Nord Werkzeuge" },
          territory: { id: kassel.id, code: "DE-HE-KS", name: "Kassel" },
        })
        expect(Number(conflict.amount)).toBe(139.99)
        expect(await progressOf(seller.id)).toEqual({ amount: "139.99", order_count: 1 })

        for (const [filter, count] of [
          [`dealer_id=${seller.id}`, 1],
          [`order_id=${order.id}&kind=foreign_exclusive_zone`, 1],
          ["kind=outside_assortment", 0],
          ["status=resolved", 0],
          ["dealer_id=dlr_nobody", 0],
          ["policy=manual_review", 1],
          ["policy=split", 0],
          [`created_from=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}`, 1],
          ["created_to=2020-01-31", 0],
        ] as const) {
          const { data } = await api.get(`/admin/dealer-conflicts?${filter}`, admin)
          expect([filter, data.count]).toEqual([filter, count])
        }

        const badDay = await errorResponse(api.get(`/admin/dealer-conflicts?created_from=2026-02-30`, admin))
        expect(badDay.status).toBe(400)
        expect(badDay.data.message).toMatch(/created_from/)

        const badBody = await errorResponse(api.post(`/admin/dealer-conflicts/${conflict.id}/resolve`, { resolution: "coin_toss" }, admin))
        expect(badBody.status).toBe(400)
        expect(badBody.data.message).toMatch(/resolution/)
        const noShare = await errorResponse(
          api.post(`/admin/dealer-conflicts/${conflict.id}/resolve`, { resolution: "split" }, admin)
        )
        expect(noShare.status).toBe(400)
        expect(noShare.data.message).toMatch(/split_share_percent/)

        const resolved = await api.post(
          `/admin/dealer-conflicts/${conflict.id}/resolve`,
          { resolution: "split", split_share_percent: 25, note: "Shared installation with NORD" },
          admin
        )
        expect(resolved.status).toBe(200)
        expect(resolved.data.conflict).toMatchObject({
          id: conflict.id,
          status: "resolved",
          resolution: "split",
          note: "Shared installation with NORD",
          resolved_by: expect.stringMatching(/^user_/),
        })
        expect(Number(resolved.data.conflict.split_share_percent)).toBe(25)
        // 25 % of 139.99 = 34.9975 → 35.00, half up (lines: 30.00 + 4.9975 → 5.00).
        expect(await progressOf(owner.id)).toEqual({ amount: "35.00", order_count: 0 })
        expect(await progressOf(seller.id)).toEqual({ amount: "104.99", order_count: 1 })

        const fetched = (await api.get(`/admin/dealer-conflicts/${conflict.id}`, admin)).data.conflict
        expect(fetched.resolved_at).toBeTruthy()
        expect(
          fetched.contributions.map((c: any) => [c.dealer_id, new BigNumber(String(c.amount)).toFixed(2), c.order_count]).sort()
        ).toEqual(
          [
            [owner.id, "35.00", 0],
            [seller.id, "-35.00", 0],
          ].sort()
        )

        const again = await errorResponse(
          api.post(`/admin/dealer-conflicts/${conflict.id}/resolve`, { resolution: "credit_zone_owner" }, admin)
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already resolved/)
        await redeliver(order.id)
        expect(await casesOf(order.id)).toHaveLength(1)
        expect(await progressOf(owner.id)).toEqual({ amount: "35.00", order_count: 0 })
        expect(await progressOf(seller.id)).toEqual({ amount: "104.99", order_count: 1 })

        const missing = await errorResponse(api.get("/admin/dealer-conflicts/dconf_missing", admin))
        expect(missing.status).toBe(404)
      })
    })

    describe("an order outside the seller's assortment", () => {
      it("opens an outside_assortment case with no zone owner, which an admin can only keep with the seller", async () => {
        const { seller, buyer, at, owner } = await network()
        // SUED covers Austria for power tools only.
        await post("/admin/dealer-zones", {
          dealer_id: seller.id,
          territory_id: at.id,
          starts_at: "2025-01-01T00:00:00.000Z",
          product_category_ids: [store.categories["Power tools"]],
        })

        const inside = await placeOrder(buyer.headers, { "drill-x18": 1 }, VIENNA)
        expect(await casesOf(inside.id)).toEqual([])

        const outside = await placeOrder(buyer.headers, { "pliers-set": 2 }, VIENNA)
        const [conflict] = await casesOf(outside.id)
        expect(conflict).toMatchObject({
          kind: "outside_assortment",
          seller_dealer_id: seller.id,
          zone_owner_dealer_id: null,
          territory_id: at.id,
          policy: "manual_review",
          status: "open",
        })
        expect(new BigNumber(String(conflict.amount)).toFixed(2)).toBe("39.98")
        await redeliver(outside.id)
        expect(await casesOf(outside.id)).toHaveLength(1)

        const credit = await errorResponse(
          api.post(`/admin/dealer-conflicts/${conflict.id}/resolve`, { resolution: "credit_zone_owner" }, admin)
        )
        expect(credit.status).toBe(400)
        expect(credit.data.message).toMatch(/no zone owner/)

        const kept = await api.post(`/admin/dealer-conflicts/${conflict.id}/resolve`, { resolution: "keep_seller" }, admin)
        expect(kept.data.conflict).toMatchObject({ status: "resolved", resolution: "keep_seller", zone_owner_dealer: null })
        expect(kept.data.conflict.contributions).toEqual([])
        expect(await progressOf(seller.id)).toEqual({ amount: "159.98", order_count: 2 })
        expect(await progressOf(owner.id)).toBeNull()

        const again = await errorResponse(api.post(`/admin/dealer-conflicts/${conflict.id}/resolve`, { resolution: "keep_seller" }, admin))
        expect(again.status).toBe(400)
      })
    })
  },
})
