import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DEALER_NETWORK_MODULE } from ".."
import DealerNetworkModuleService from "../service"

jest.setTimeout(20_000)

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

moduleIntegrationTestRunner<DealerNetworkModuleService>({
  moduleName: DEALER_NETWORK_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  moduleOptions: { defaultCurrency: "eur" },
  testSuite: ({ service }) => {
    /**
     * Germany → Hesse → Kassel, and Bavaria. DIST (a distributor) owns Hesse
     * exclusively for tools; OTHER owns Kassel exclusively for garden goods and
     * owned Bavaria (whole assortment) in 2025. DLR sits under DIST and covers
     * Bavaria for paint from 2026; SELLER has no zones.
     */
    async function network() {
      const de = await service.createTerritoryInTree({ code: "DE", name: "Germany", type: "country", country_code: "de" })
      const hesse = await service.createTerritoryInTree({ code: "DE-HE", name: "Hesse", type: "region", parent_id: de.id, postal_prefixes: ["34"] })
      const kassel = await service.createTerritoryInTree({ code: "DE-HE-KS", name: "Kassel", type: "city", parent_id: hesse.id, postal_prefixes: ["341"] })
      const bavaria = await service.createTerritoryInTree({ code: "DE-BY", name: "Bavaria", type: "region", parent_id: de.id, postal_prefixes: ["8"] })
      const dist = await service.createDealerInNetwork({ code: "DIST", name: "Distributor", role: "distributor" })
      const dlr = await service.createDealerInNetwork({ code: "DLR", name: "Dealer below", parent_id: dist.id })
      const other = await service.createDealerInNetwork({ code: "OTHER", name: "Other" })
      const seller = await service.createDealerInNetwork({ code: "SELLER", name: "Seller" })
      const zone = (data: Parameters<DealerNetworkModuleService["createZoneWithAssortment"]>[0]) =>
        service.createZoneWithAssortment(data)
      const distHesse = await zone({ dealer_id: dist.id, territory_id: hesse.id, is_exclusive: true, starts_at: day("2025-01-01"), product_category_ids: ["pcat_tools"] })
      const otherKassel = await zone({ dealer_id: other.id, territory_id: kassel.id, is_exclusive: true, starts_at: day("2025-01-01"), product_category_ids: ["pcat_garden"] })
      const otherBavaria = await zone({ dealer_id: other.id, territory_id: bavaria.id, is_exclusive: true, starts_at: day("2025-01-01"), ends_at: day("2026-01-01") })
      await zone({ dealer_id: dlr.id, territory_id: bavaria.id, starts_at: day("2026-01-01"), product_category_ids: ["pcat_paint"] })
      return { hesse, kassel, bavaria, dist, dlr, other, seller, distHesse, otherKassel, otherBavaria }
    }

    describe("checkOrderZones", () => {
      it("finds another dealer's exclusive zone over the place or above it, for the order's categories, in force then", async () => {
        const n = await network()
        const check = (seller: string, territory: string | null, categories: string[], at = day("2026-06-01")) =>
          service.checkOrderZones({ seller_dealer_id: seller, territory_id: territory, category_ids: categories, at })

        // Kassel lies in Hesse: DIST's zone above it counts.
        expect((await check(n.seller.id, n.kassel.id, ["pcat_tools"])).foreign_zone).toEqual({
          zone_id: n.distHesse.id,
          dealer_id: n.dist.id,
          territory_id: n.hesse.id,
        })
        // Both zones cover the order: the more specific place wins.
        expect((await check(n.seller.id, n.kassel.id, ["pcat_tools", "pcat_garden"])).foreign_zone?.zone_id).toBe(n.otherKassel.id)
        // Not their assortment, or no territory matched.
        expect((await check(n.seller.id, n.kassel.id, ["pcat_paint"])).foreign_zone).toBeNull()
        expect((await check(n.seller.id, null, ["pcat_tools"])).foreign_zone).toBeNull()
        // A dealer selling in its own distributor's zone is no conflict; the zone owner itself neither.
        expect((await check(n.dlr.id, n.kassel.id, ["pcat_tools"])).foreign_zone).toBeNull()
        expect((await check(n.dist.id, n.hesse.id, ["pcat_tools"])).foreign_zone).toBeNull()
        // OTHER's whole-assortment zone over Bavaria ended with 2025.
        expect((await check(n.seller.id, n.bavaria.id, ["pcat_paint"])).foreign_zone).toBeNull()
        expect((await check(n.seller.id, n.bavaria.id, [], day("2025-06-01"))).foreign_zone?.zone_id).toBe(n.otherBavaria.id)
      })

      it("tells whether the order lies in the seller's assortment in force", async () => {
        const n = await network()
        const check = (seller: string, categories: string[], at = day("2026-06-01")) =>
          service.checkOrderZones({ seller_dealer_id: seller, territory_id: n.hesse.id, category_ids: categories, at })

        expect(await check(n.seller.id, ["pcat_tools"])).toMatchObject({ seller_has_zones: false, seller_covers_order: false })
        expect(await check(n.dlr.id, ["pcat_tools"])).toMatchObject({ seller_has_zones: true, seller_covers_order: false })
        expect(await check(n.dlr.id, ["pcat_tools", "pcat_paint"])).toMatchObject({ seller_has_zones: true, seller_covers_order: true })
        expect(await check(n.dlr.id, ["pcat_tools"], day("2025-06-01"))).toMatchObject({ seller_has_zones: false })
        // A zone without categories covers the whole assortment.
        expect(await check(n.other.id, ["pcat_tools"], day("2025-06-01"))).toMatchObject({ seller_covers_order: true })
      })
    })

    describe("conflict cases", () => {
      it("opens a case of a kind once per order, and resolves it once", async () => {
        const n = await network()
        const input = {
          order_id: "order_1",
          kind: "foreign_exclusive_zone" as const,
          seller_dealer_id: n.seller.id,
          zone_owner_dealer_id: n.dist.id,
          zone_id: n.distHesse.id,
          territory_id: n.kassel.id,
          policy: "manual_review" as const,
          amount: "299.97",
          currency_code: "eur",
        }
        const [first] = await service.openConflictCases("order_1", [input])
        expect(first.created).toBe(true)
        const [again] = await service.openConflictCases("order_1", [input])
        expect(again).toMatchObject({ created: false, conflict: { id: first.conflict.id } })

        await expect(
          service.resolveConflictCase(first.conflict.id, { resolution: "split", resolved_by: "user_1" })
        ).rejects.toThrow(/split_share_percent/)
        const resolved = await service.resolveConflictCase(first.conflict.id, {
          resolution: "split",
          split_share_percent: "12.5",
          resolved_by: "user_1",
        })
        expect(resolved?.conflict).toMatchObject({ status: "resolved", resolution: "split", resolved_by: "user_1" })
        expect(Number(resolved?.conflict.split_share_percent)).toBe(12.5)

        await expect(
          service.resolveConflictCase(first.conflict.id, { resolution: "keep_seller", resolved_by: "user_2" })
        ).rejects.toThrow(/already resolved/)
        expect(
          await service.resolveConflictCase(first.conflict.id, { resolution: "keep_seller", resolved_by: "policy" }, { skipIfResolved: true })
        ).toBeNull()
        // A resolved case still stands for its kind: a redelivery opens nothing.
        expect((await service.openConflictCases("order_1", [input]))[0].created).toBe(false)

        await service.reopenConflictCase(resolved!.previous)
        expect(await service.retrieveDealerConflictCase(first.conflict.id)).toMatchObject({
          status: "open",
          resolution: null,
          resolved_by: null,
          split_share_percent: null,
        })
      })

      it("keeps an assortment case with the seller only", async () => {
        const n = await network()
        const [{ conflict }] = await service.openConflictCases("order_2", [
          { order_id: "order_2", kind: "outside_assortment", seller_dealer_id: n.dlr.id, policy: "manual_review", amount: "10", currency_code: "eur" },
        ])
        await expect(
          service.resolveConflictCase(conflict.id, { resolution: "credit_zone_owner", resolved_by: "user_1" })
        ).rejects.toThrow(/no zone owner/)
        const kept = await service.resolveConflictCase(conflict.id, { resolution: "keep_seller", resolved_by: "user_1" })
        expect(kept?.conflict.status).toBe("resolved")
      })
    })
  },
})
