import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminSession } from "../helpers/auth"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)

    const createTier = async (body: Record<string, unknown>) =>
      (await api.post("/admin/dealer-tiers", body, admin)).data.tier

    const fail = (promise: Promise<any>) => promise.catch((e: any) => e.response)

    describe("auth", () => {
      it("refuses every tier route without an admin session", async () => {
        for (const [method, url] of [
          ["get", "/admin/dealer-tiers"],
          ["post", "/admin/dealer-tiers"],
          ["get", "/admin/dealer-tiers/dtier_x"],
          ["post", "/admin/dealer-tiers/dtier_x"],
          ["delete", "/admin/dealer-tiers/dtier_x"],
        ] as const) {
          const response = await fail((api as any)[method](url))
          expect(response.status).toBe(401)
        }
      })
    })

    describe("POST /admin/dealer-tiers", () => {
      it("creates a tier with its threshold and benefits", async () => {
        const response = await api.post(
          "/admin/dealer-tiers",
          {
            name: "Gold",
            rank: 3,
            min_turnover: 250000.5,
            window_months: 6,
            discount_percent: 12.5,
            benefits: { free_shipping: true, perks: ["priority support"] },
            description: "Top partners",
          },
          admin
        )
        expect(response.status).toBe(201)
        const tier = response.data.tier
        expect(tier).toMatchObject({
          id: expect.stringMatching(/^dtier_/),
          name: "Gold",
          rank: 3,
          window_months: 6,
          benefits: { free_shipping: true, perks: ["priority support"] },
          description: "Top partners",
        })
        expect(Number(tier.min_turnover)).toBe(250000.5)
        expect(Number(tier.discount_percent)).toBe(12.5)

        const defaults = await createTier({ name: "Bronze", rank: 1 })
        expect(defaults).toMatchObject({ window_months: 12, benefits: null, description: null })
        expect(Number(defaults.min_turnover)).toBe(0)
        expect(Number(defaults.discount_percent)).toBe(0)
      })

      it("answers bad input with a 400 naming the field", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ rank: 1 }, /name/],
          [{ name: "X" }, /rank/],
          [{ name: "X", rank: 1.5 }, /rank/],
          [{ name: "X", rank: "one" }, /rank/],
          [{ name: "X", rank: 1, min_turnover: -1 }, /min_turnover/],
          [{ name: "X", rank: 1, window_months: 0 }, /window_months/],
          [{ name: "X", rank: 1, window_months: 37 }, /window_months/],
          [{ name: "X", rank: 1, window_months: 2.5 }, /window_months/],
          [{ name: "X", rank: 1, discount_percent: 100.1 }, /discount_percent/],
          [{ name: "X", rank: 1, discount_percent: -1 }, /discount_percent/],
          [{ name: "X", rank: 1, benefits: "lots" }, /benefits/],
          [{ name: "X", rank: 1, colour: "gold" }, /colour/],
        ]
        for (const [body, message] of cases) {
          const response = await fail(api.post("/admin/dealer-tiers", body, admin))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
          expect(response.data.message).toMatch(message)
        }
      })

      it("refuses a duplicate rank or name with a 422 naming the field and the tier holding it", async () => {
        await createTier({ name: "Silver", rank: 2 })
        const dupRank = await fail(api.post("/admin/dealer-tiers", { name: "Platinum", rank: 2 }, admin))
        expect(dupRank.status).toBe(422)
        expect(dupRank.data.message).toBe("rank: tier Silver already has rank 2")

        const dupName = await fail(api.post("/admin/dealer-tiers", { name: "Silver", rank: 5 }, admin))
        expect(dupName.status).toBe(422)
        expect(dupName.data.message).toBe("name: tier Silver already has name Silver")

        const { data } = await api.get("/admin/dealer-tiers", admin)
        expect(data.count).toBe(1)
      })
    })

    describe("GET /admin/dealer-tiers", () => {
      it("lists by rank by default, with q search, order, pagination and fields", async () => {
        await createTier({ name: "Gold", rank: 3 })
        await createTier({ name: "Bronze", rank: 1 })
        await createTier({ name: "Silver", rank: 2 })
        await createTier({ name: "Gold Plus", rank: 4 })

        const all = await api.get("/admin/dealer-tiers", admin)
        expect(all.data.tiers.map((t: any) => t.name)).toEqual(["Bronze", "Silver", "Gold", "Gold Plus"])
        expect(all.data).toMatchObject({ count: 4, offset: 0, limit: 20 })

        const search = await api.get("/admin/dealer-tiers?q=gold&order=-rank", admin)
        expect(search.data.tiers.map((t: any) => t.name)).toEqual(["Gold Plus", "Gold"])

        const page = await api.get("/admin/dealer-tiers?limit=2&offset=1&order=name", admin)
        expect(page.data).toMatchObject({ count: 4, offset: 1, limit: 2 })
        expect(page.data.tiers.map((t: any) => t.name)).toEqual(["Gold", "Gold Plus"])

        const slim = await api.get("/admin/dealer-tiers?fields=id,name", admin)
        expect(Object.keys(slim.data.tiers[0]).sort()).toEqual(["id", "name"])

        const badLimit = await fail(api.get("/admin/dealer-tiers?limit=abc", admin))
        expect(badLimit.status).toBe(400)
      })
    })

    describe("tier detail, update and delete", () => {
      it("returns 404 for an unknown tier on every :id route", async () => {
        for (const response of [
          await fail(api.get("/admin/dealer-tiers/dtier_unknown", admin)),
          await fail(api.post("/admin/dealer-tiers/dtier_unknown", { name: "X" }, admin)),
          await fail(api.delete("/admin/dealer-tiers/dtier_unknown", admin)),
        ]) {
          expect(response.status).toBe(404)
          expect(response.data.message).toMatch(/dtier_unknown/)
        }
      })

      it("retrieves and updates a tier, keeping rank and name unique", async () => {
        const silver = await createTier({ name: "Silver", rank: 2 })
        const gold = await createTier({ name: "Gold", rank: 3 })

        const { data } = await api.get(`/admin/dealer-tiers/${silver.id}?fields=id,name,rank`, admin)
        expect(data.tier).toEqual({ id: silver.id, name: "Silver", rank: 2 })

        const updated = (
          await api.post(
            `/admin/dealer-tiers/${silver.id}`,
            { rank: 2, min_turnover: 1000, discount_percent: 5, benefits: { webinars: true } },
            admin
          )
        ).data.tier
        expect(updated).toMatchObject({ name: "Silver", rank: 2, benefits: { webinars: true } })
        expect(Number(updated.min_turnover)).toBe(1000)
        expect(Number(updated.discount_percent)).toBe(5)

        const taken = await fail(api.post(`/admin/dealer-tiers/${silver.id}`, { rank: 3 }, admin))
        expect(taken.status).toBe(422)
        expect(taken.data.message).toBe("rank: tier Gold already has rank 3")

        const takenName = await fail(api.post(`/admin/dealer-tiers/${gold.id}`, { name: "Silver" }, admin))
        expect(takenName.status).toBe(422)
        expect(takenName.data.message).toMatch(/^name:/)

        const bad = await fail(api.post(`/admin/dealer-tiers/${gold.id}`, { window_months: 48 }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/window_months/)
      })

      it("deletes a tier nobody holds, refuses one held by dealers and frees its rank", async () => {
        const gold = await createTier({ name: "Gold", rank: 3 })
        const bronze = await createTier({ name: "Bronze", rank: 1 })
        await api.post("/admin/dealers", { code: "G1", name: "Gold One", tier_id: gold.id }, admin)
        await api.post("/admin/dealers", { code: "G2", name: "Gold Two", tier_id: gold.id }, admin)

        const refused = await fail(api.delete(`/admin/dealer-tiers/${gold.id}`, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/held by 2 dealer\(s\)/)
        expect((await api.get(`/admin/dealer-tiers/${gold.id}`, admin)).status).toBe(200)

        const { data } = await api.delete(`/admin/dealer-tiers/${bronze.id}`, admin)
        expect(data).toEqual({ id: bronze.id, object: "dealer_tier", deleted: true })
        const gone = await fail(api.get(`/admin/dealer-tiers/${bronze.id}`, admin))
        expect(gone.status).toBe(404)

        // The deleted tier's rank and name can be used again.
        const again = await createTier({ name: "Bronze", rank: 1 })
        expect(again.id).not.toBe(bronze.id)
      })
    })
  },
})
