import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminSession } from "../helpers/auth"

jest.setTimeout(120_000)

const JAN = "2026-01-01T00:00:00.000Z"
const JUL = "2026-07-01T00:00:00.000Z"
const DEC = "2026-12-31T00:00:00.000Z"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)

    const fail = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const post = async (url: string, body: Record<string, unknown>) => (await api.post(url, body, admin)).data

    /** Italy → Lombardy → Milan; dealers Alpha and Beta; product categories Drills and Saws. */
    async function setup() {
      const it = (await post("/admin/dealer-territories", { code: "IT", name: "Italy", type: "country", country_code: "it" })).territory
      const lom = (await post("/admin/dealer-territories", { code: "IT-LOM", name: "Lombardy", type: "region", parent_id: it.id, province: "MI" })).territory
      const mil = (await post("/admin/dealer-territories", { code: "IT-LOM-MIL", name: "Milan", type: "city", parent_id: lom.id, postal_prefixes: ["201"] })).territory
      const lazio = (await post("/admin/dealer-territories", { code: "IT-LAZ", name: "Lazio", type: "region", parent_id: it.id, province: "RM" })).territory
      const alpha = (await post("/admin/dealers", { code: "ALPHA", name: "Alpha Tools" })).dealer
      const beta = (await post("/admin/dealers", { code: "BETA", name: "Beta Supply" })).dealer
      const [drills, saws] = await getContainer()
        .resolve(Modules.PRODUCT)
        .createProductCategories([
          { name: "Drills", handle: "drills", is_active: true },
          { name: "Saws", handle: "saws", is_active: true },
        ])
      return { it, lom, mil, lazio, alpha, beta, drills, saws }
    }

    describe("auth", () => {
      it("refuses every zone route without an admin session", async () => {
        for (const [method, url] of [
          ["get", "/admin/dealer-zones"],
          ["post", "/admin/dealer-zones"],
          ["get", "/admin/dealer-zones/dzone_x"],
          ["post", "/admin/dealer-zones/dzone_x"],
          ["delete", "/admin/dealer-zones/dzone_x"],
        ] as const) {
          const response = await fail((api as any)[method](url))
          expect([url, response.status]).toEqual([url, 401])
        }
      })
    })

    describe("POST /admin/dealer-zones", () => {
      it("creates a zone with real product categories and returns them with their names", async () => {
        const { lom, alpha, drills, saws } = await setup()
        const response = await api.post(
          "/admin/dealer-zones",
          {
            dealer_id: alpha.id,
            territory_id: lom.id,
            is_exclusive: true,
            starts_at: JAN,
            ends_at: DEC,
            note: "Power tools in Lombardy",
            product_category_ids: [drills.id, saws.id, drills.id],
          },
          admin
        )
        expect(response.status).toBe(201)
        const zone = response.data.zone
        expect(zone).toMatchObject({
          id: expect.stringMatching(/^dzone_/),
          dealer_id: alpha.id,
          territory_id: lom.id,
          is_exclusive: true,
          starts_at: JAN,
          ends_at: DEC,
          note: "Power tools in Lombardy",
          dealer: { code: "ALPHA" },
          territory: { name: "Lombardy" },
        })
        expect(
          zone.categories.map((c: any) => [c.product_category_id, c.product_category.name]).sort()
        ).toEqual([
          [drills.id, "Drills"],
          [saws.id, "Saws"],
        ].sort())

        const open = (await post("/admin/dealer-zones", { dealer_id: alpha.id, territory_id: lom.id, starts_at: JAN })).zone
        expect(open).toMatchObject({ is_exclusive: false, ends_at: null, note: null, categories: [] })
      })

      it("answers bad input with a 400 naming the field", async () => {
        const { lom, alpha } = await setup()
        const base = { dealer_id: alpha.id, territory_id: lom.id, starts_at: JAN }
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...base, dealer_id: undefined }, /dealer_id/],
          [{ ...base, territory_id: undefined }, /territory_id/],
          [{ ...base, starts_at: undefined }, /starts_at/],
          [{ ...base, starts_at: "not a date" }, /starts_at/],
          [{ ...base, ends_at: JAN }, /^ends_at: must be after starts_at/],
          [{ ...base, ends_at: "2025-06-01" }, /ends_at: must be after starts_at/],
          [{ ...base, is_exclusive: "yes" }, /is_exclusive/],
          [{ ...base, product_category_ids: "pcat_1" }, /product_category_ids/],
          [{ ...base, colour: "red" }, /colour/],
        ]
        for (const [body, message] of cases) {
          const response = await fail(api.post("/admin/dealer-zones", body, admin))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
          expect(response.data.message).toMatch(message)
        }
      })

      it("answers unknown dealer, territory and product category ids with a 404 naming them", async () => {
        const { lom, alpha, drills } = await setup()
        const base = { dealer_id: alpha.id, territory_id: lom.id, starts_at: JAN }

        const dealer = await fail(api.post("/admin/dealer-zones", { ...base, dealer_id: "dlr_missing" }, admin))
        expect(dealer.status).toBe(404)
        expect(dealer.data.message).toBe("dealer_id: dealer dlr_missing was not found")

        const territory = await fail(api.post("/admin/dealer-zones", { ...base, territory_id: "dterr_missing" }, admin))
        expect(territory.status).toBe(404)
        expect(territory.data.message).toBe("territory_id: territory dterr_missing was not found")

        const category = await fail(
          api.post("/admin/dealer-zones", { ...base, product_category_ids: [drills.id, "pcat_missing"] }, admin)
        )
        expect(category.status).toBe(404)
        expect(category.data.message).toBe("product_category_ids: product category pcat_missing was not found")

        const { data } = await api.get("/admin/dealer-zones", admin)
        expect(data.count).toBe(0)
      })

      it("refuses a zone overlapping another dealer's exclusive zone with a 422 naming that dealer, territory, categories and dates", async () => {
        const { it, lom, mil, lazio, alpha, beta, drills, saws } = await setup()
        const exclusive = (
          await post("/admin/dealer-zones", {
            dealer_id: alpha.id,
            territory_id: lom.id,
            is_exclusive: true,
            starts_at: JAN,
            ends_at: JUL,
            product_category_ids: [drills.id],
          })
        ).zone

        // Below it (Milan is in Lombardy), the same category, overlapping dates.
        const inCity = await fail(
          api.post(
            "/admin/dealer-zones",
            { dealer_id: beta.id, territory_id: mil.id, starts_at: "2026-03-01", product_category_ids: [drills.id] },
            admin
          )
        )
        expect(inCity.status).toBe(422)
        expect(inCity.data.message).toBe(
          "territory_id: overlaps the exclusive zone of ALPHA · Alpha Tools in Lombardy for Drills from 2026-01-01 to 2026-07-01: " +
            "zones of different dealers may not share a place, products and dates when either is exclusive"
        )
        expect(inCity.data.message).not.toContain(exclusive.id)

        // Above it, with no categories (the whole assortment).
        const country = await fail(
          api.post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: it.id, starts_at: "2026-06-30" }, admin)
        )
        expect(country.status).toBe(422)
        expect(country.data.message).toMatch(/zone of ALPHA · Alpha Tools in Lombardy for Drills/)

        // These do not overlap: another category, another region, after it ends, or the same dealer.
        await post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: mil.id, starts_at: JAN, product_category_ids: [saws.id] })
        await post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: lazio.id, starts_at: JAN, is_exclusive: true })
        await post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: lom.id, starts_at: JUL, product_category_ids: [drills.id] })
        await post("/admin/dealer-zones", { dealer_id: alpha.id, territory_id: mil.id, starts_at: JAN, product_category_ids: [drills.id] })

        const { data } = await api.get(`/admin/dealer-zones?dealer_id=${beta.id}`, admin)
        expect(data.count).toBe(3)
      })
    })

    describe("GET /admin/dealer-zones", () => {
      it("lists with dealer, territory and exclusivity filters, category names, pagination and fields", async () => {
        const { lom, mil, lazio, alpha, beta, drills, saws } = await setup()
        await post("/admin/dealer-zones", { dealer_id: alpha.id, territory_id: lom.id, starts_at: JAN, is_exclusive: true, product_category_ids: [drills.id] })
        await post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: mil.id, starts_at: JAN, product_category_ids: [saws.id] })
        await post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: lazio.id, starts_at: JAN, product_category_ids: [drills.id, saws.id] })

        const betaZones = await api.get(`/admin/dealer-zones?dealer_id=${beta.id}&order=created_at`, admin)
        expect(betaZones.data.count).toBe(2)
        expect(
          betaZones.data.zones.map((z: any) => [
            z.dealer.code,
            z.territory.name,
            z.categories.map((c: any) => c.product_category.name).sort(),
          ])
        ).toEqual([
          ["BETA", "Milan", ["Saws"]],
          ["BETA", "Lazio", ["Drills", "Saws"]],
        ])

        const inMilan = await api.get(`/admin/dealer-zones?territory_id=${mil.id}`, admin)
        expect(inMilan.data.zones.map((z: any) => z.dealer.code)).toEqual(["BETA"])

        const exclusive = await api.get("/admin/dealer-zones?is_exclusive=true", admin)
        expect(exclusive.data.zones.map((z: any) => z.dealer.code)).toEqual(["ALPHA"])
        const shared = await api.get("/admin/dealer-zones?is_exclusive=false", admin)
        expect(shared.data.count).toBe(2)

        const slim = await api.get(
          `/admin/dealer-zones?dealer_id=${alpha.id}&fields=id,territory.name,dealer.code,categories.product_category_id,categories.product_category.name`,
          admin
        )
        expect(slim.data.zones[0]).not.toHaveProperty("note")
        expect(slim.data.zones[0]).not.toHaveProperty("starts_at")
        expect(slim.data.zones).toMatchObject([
          {
            id: expect.any(String),
            territory: expect.objectContaining({ name: "Lombardy" }),
            dealer: expect.objectContaining({ code: "ALPHA" }),
            categories: [
              expect.objectContaining({
                product_category_id: drills.id,
                product_category: expect.objectContaining({ name: "Drills" }),
              }),
            ],
          },
        ])

        const page = await api.get("/admin/dealer-zones?limit=1&offset=1&order=created_at", admin)
        expect(page.data).toMatchObject({ count: 3, offset: 1, limit: 1 })
        expect(page.data.zones[0].territory.name).toBe("Milan")

        const bad = await fail(api.get("/admin/dealer-zones?is_exclusive=maybe", admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/is_exclusive/)
      })
    })

    describe("zone detail, update and delete", () => {
      it("returns 404 for an unknown zone on every :id route", async () => {
        for (const response of [
          await fail(api.get("/admin/dealer-zones/dzone_unknown", admin)),
          await fail(api.post("/admin/dealer-zones/dzone_unknown", { note: "x" }, admin)),
          await fail(api.delete("/admin/dealer-zones/dzone_unknown", admin)),
        ]) {
          expect(response.status).toBe(404)
          expect(response.data.message).toMatch(/dzone_unknown/)
        }
      })

      it("updates dates, territory and assortment, checking the result like a new zone", async () => {
        const { lom, mil, lazio, alpha, beta, drills, saws } = await setup()
        const alphaZone = (await post("/admin/dealer-zones", { dealer_id: alpha.id, territory_id: lom.id, starts_at: JAN, ends_at: JUL, is_exclusive: true, product_category_ids: [drills.id] })).zone
        const betaZone = (await post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: lazio.id, starts_at: JAN, product_category_ids: [drills.id] })).zone

        const { data } = await api.get(`/admin/dealer-zones/${betaZone.id}`, admin)
        expect(data.zone).toMatchObject({ dealer: { code: "BETA" }, territory: { name: "Lazio" } })

        const updated = (
          await post(`/admin/dealer-zones/${betaZone.id}`, { note: "Rome first", ends_at: DEC, product_category_ids: [saws.id] })
        ).zone
        expect(updated).toMatchObject({ note: "Rome first", ends_at: DEC, starts_at: JAN })
        expect(updated.categories.map((c: any) => c.product_category.name)).toEqual(["Saws"])

        // ends_at must stay after the stored starts_at.
        const early = await fail(api.post(`/admin/dealer-zones/${betaZone.id}`, { ends_at: "2025-12-01T00:00:00.000Z" }, admin))
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/^ends_at: must be after starts_at/)

        // Moving Beta's drills zone into Alpha's exclusive Milan area is refused and changes nothing.
        const overlap = await fail(
          api.post(`/admin/dealer-zones/${betaZone.id}`, { territory_id: mil.id, product_category_ids: [drills.id] }, admin)
        )
        expect(overlap.status).toBe(422)
        expect(overlap.data.message).toMatch(/^territory_id: overlaps the exclusive zone of ALPHA · Alpha Tools in Lombardy for Drills from 2026-01-01 to 2026-07-01:/)
        expect(overlap.data.message).not.toContain(alphaZone.id)
        const unchanged = (await api.get(`/admin/dealer-zones/${betaZone.id}`, admin)).data.zone
        expect(unchanged.territory.name).toBe("Lazio")
        expect(unchanged.categories.map((c: any) => c.product_category.name)).toEqual(["Saws"])

        const unknownCategory = await fail(api.post(`/admin/dealer-zones/${betaZone.id}`, { product_category_ids: ["pcat_nope"] }, admin))
        expect(unknownCategory.status).toBe(404)
        expect(unknownCategory.data.message).toMatch(/^product_category_ids: product category pcat_nope/)

        const unknownTerritory = await fail(api.post(`/admin/dealer-zones/${betaZone.id}`, { territory_id: "dterr_nope" }, admin))
        expect(unknownTerritory.status).toBe(404)
        expect(unknownTerritory.data.message).toMatch(/^territory_id:/)

        const dealerChange = await fail(api.post(`/admin/dealer-zones/${betaZone.id}`, { dealer_id: alpha.id }, admin))
        expect(dealerChange.status).toBe(400)
        expect(dealerChange.data.message).toMatch(/dealer_id/)

        // After Alpha's exclusivity ends, Beta may take Milan from July.
        const moved = (
          await post(`/admin/dealer-zones/${betaZone.id}`, { territory_id: mil.id, starts_at: JUL, product_category_ids: [drills.id, saws.id] })
        ).zone
        expect(moved.territory.name).toBe("Milan")
        expect(moved.categories.map((c: any) => c.product_category.name).sort()).toEqual(["Drills", "Saws"])

        const cleared = (await post(`/admin/dealer-zones/${betaZone.id}`, { product_category_ids: [], ends_at: null })).zone
        expect(cleared).toMatchObject({ categories: [], ends_at: null })
      })

      it("deletes a zone, after which it no longer blocks others", async () => {
        const { lom, alpha, beta } = await setup()
        const zone = (await post("/admin/dealer-zones", { dealer_id: alpha.id, territory_id: lom.id, starts_at: JAN, is_exclusive: true })).zone
        const blocked = await fail(api.post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: lom.id, starts_at: JAN }, admin))
        expect(blocked.status).toBe(422)

        const { data } = await api.delete(`/admin/dealer-zones/${zone.id}`, admin)
        expect(data).toEqual({ id: zone.id, object: "dealer_zone", deleted: true })
        const gone = await fail(api.get(`/admin/dealer-zones/${zone.id}`, admin))
        expect(gone.status).toBe(404)

        const allowed = await api.post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: lom.id, starts_at: JAN }, admin)
        expect(allowed.status).toBe(201)
      })
    })

    describe("territory moves and GET /admin/dealer-zones/overlaps", () => {
      it("moves a city under another region, refusing moves the tree does not allow", async () => {
        const { it: italy, lom, mil, lazio } = await setup()
        const moveMilan = (parent_id: string | null) =>
          fail(api.post(`/admin/dealer-territories/${mil.id}`, { parent_id }, admin))

        for (const [id, parent_id, message] of [
          [lom.id, lazio.id, "parent_id: a region cannot sit under a region"],
          [lom.id, null, "parent_id: a region must have a parent territory"],
          [italy.id, lom.id, "parent_id: a country cannot sit under a region"],
        ] as const) {
          const refused = await fail(api.post(`/admin/dealer-territories/${id}`, { parent_id }, admin))
          expect([refused.status, refused.data.message]).toEqual([400, message])
        }
        const de = (await post("/admin/dealer-territories", { code: "DE", name: "Germany", type: "country", country_code: "de" })).territory
        const abroad = await moveMilan(de.id)
        expect([abroad.status, abroad.data.message]).toEqual([400, "parent_id: a territory cannot move to another country (de)"])

        const moved = await moveMilan(lazio.id)
        expect(moved.status).toBe(200)
        expect(moved.data.territory).toMatchObject({ parent_id: lazio.id, depth: 2, parent: { code: "IT-LAZ" } })
        const underItaly = await moveMilan(italy.id)
        expect(underItaly.data.territory).toMatchObject({ parent_id: italy.id, depth: 1 })
        const lazioTree = (await api.get(`/admin/dealer-territories/${lazio.id}/tree`, admin)).data
        expect(JSON.stringify(lazioTree)).not.toContain("IT-LOM-MIL")
      })

      it("lists zones a move brought into overlap, from both sides, with the rule zone writes are checked by", async () => {
        const { mil, lazio, alpha, beta, drills, saws } = await setup()
        const zone = async (body: Record<string, unknown>) => (await post("/admin/dealer-zones", body)).zone
        const alphaMilan = await zone({ dealer_id: alpha.id, territory_id: mil.id, is_exclusive: true, starts_at: JAN, product_category_ids: [drills.id] })
        const betaLazio = await zone({ dealer_id: beta.id, territory_id: lazio.id, starts_at: JAN, ends_at: JUL })
        // Same place after the move, but saws only: no overlap with Alpha's drills.
        await zone({ dealer_id: alpha.id, territory_id: lazio.id, is_exclusive: true, starts_at: JUL, product_category_ids: [saws.id] })

        const overlaps = async () => (await api.get("/admin/dealer-zones/overlaps", admin)).data.overlaps
        expect(await overlaps()).toEqual([])

        await post(`/admin/dealer-territories/${mil.id}`, { parent_id: lazio.id })
        const found = await overlaps()
        expect(found).toHaveLength(2)
        expect(found).toEqual(
          expect.arrayContaining([
            { zone_id: alphaMilan.id, other_zone_id: betaLazio.id, other_dealer_id: beta.id, other_dealer_code: "BETA", other_territory_name: "Lazio" },
            { zone_id: betaLazio.id, other_zone_id: alphaMilan.id, other_dealer_id: alpha.id, other_dealer_code: "ALPHA", other_territory_name: "Milan" },
          ])
        )
        // The same rule refuses writing such a zone.
        const refused = await fail(api.post("/admin/dealer-zones", { dealer_id: beta.id, territory_id: mil.id, starts_at: JAN }, admin))
        expect(refused.status).toBe(422)
        expect(refused.data.message).toContain("overlaps the exclusive zone of ALPHA · Alpha Tools in Milan for Drills from 2026-01-01 with no end")

        // Ending Beta's zone before Alpha's starts clears the warning.
        await post(`/admin/dealer-zones/${betaLazio.id}`, { starts_at: "2025-01-01T00:00:00.000Z", ends_at: JAN })
        expect(await overlaps()).toEqual([])
      })
    })
  },
})
