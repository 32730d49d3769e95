import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminSession } from "../helpers/auth"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)

    const createTerritory = async (body: Record<string, unknown>) =>
      (await api.post("/admin/dealer-territories", body, admin)).data.territory

    const fail = (promise: Promise<any>) => promise.catch((e: any) => e.response)

    /** Poland → Masovia (MZ) → Warsaw 00-04, Radom 26; Poland → Lesser Poland (MA) → Kraków 30, 31. */
    async function seedPoland() {
      const pl = await createTerritory({ code: "PL", name: "Poland", type: "country", country_code: "PL" })
      const mz = await createTerritory({ code: "PL-MZ", name: "Masovia", type: "region", parent_id: pl.id, province: "MZ" })
      const ma = await createTerritory({ code: "PL-MA", name: "Lesser Poland", type: "region", parent_id: pl.id, province: "MA" })
      const waw = await createTerritory({
        code: "PL-MZ-WAW",
        name: "Warsaw",
        type: "city",
        parent_id: mz.id,
        postal_prefixes: ["00", "01", "02", "03", "04"],
      })
      const radom = await createTerritory({ code: "PL-MZ-RDM", name: "Radom", type: "city", parent_id: mz.id, postal_prefixes: ["26-6"] })
      const krk = await createTerritory({ code: "PL-MA-KRK", name: "Kraków", type: "city", parent_id: ma.id, postal_prefixes: ["30", "31"] })
      return { pl, mz, ma, waw, radom, krk }
    }

    describe("auth", () => {
      it("refuses every territory route without an admin session", async () => {
        for (const [method, url] of [
          ["get", "/admin/dealer-territories"],
          ["post", "/admin/dealer-territories"],
          ["get", "/admin/dealer-territories/match?country_code=pl"],
          ["get", "/admin/dealer-territories/dterr_x"],
          ["post", "/admin/dealer-territories/dterr_x"],
          ["delete", "/admin/dealer-territories/dterr_x"],
          ["get", "/admin/dealer-territories/dterr_x/tree"],
        ] as const) {
          const response = await fail((api as any)[method](url))
          expect([url, response.status]).toEqual([url, 401])
        }
      })
    })

    describe("POST /admin/dealer-territories", () => {
      it("builds a country → region → city tree, inheriting country and province", async () => {
        const { pl, mz, waw } = await seedPoland()
        expect(pl).toMatchObject({ type: "country", country_code: "pl", depth: 0, parent_id: null, postal_prefixes: [] })
        expect(mz).toMatchObject({ type: "region", country_code: "pl", province: "MZ", depth: 1, parent: { id: pl.id, code: "PL" } })
        expect(waw).toMatchObject({
          type: "city",
          country_code: "pl",
          province: "MZ",
          depth: 2,
          parent_id: mz.id,
          postal_prefixes: ["00", "01", "02", "03", "04"],
        })
      })

      it("normalises postal prefixes", async () => {
        const pl = await createTerritory({ code: "PL", name: "Poland", type: "country", country_code: "pl" })
        const gdansk = await createTerritory({ code: "GDN", name: "Gdańsk", type: "city", parent_id: pl.id, postal_prefixes: ["80-8", " 81 "] })
        expect(gdansk.postal_prefixes).toEqual(["808", "81"])
      })

      it("answers bad input with a 400 naming the field", async () => {
        const pl = await createTerritory({ code: "PL", name: "Poland", type: "country", country_code: "pl" })
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ name: "X", type: "country", country_code: "xx" }, /code/],
          [{ code: "X", type: "country", country_code: "xx" }, /name/],
          [{ code: "X", name: "X", country_code: "xx" }, /type/],
          [{ code: "X", name: "X", type: "district", country_code: "xx" }, /type/],
          [{ code: "X", name: "X", type: "country", country_code: "xxx" }, /country_code/],
          [{ code: "X Y", name: "X", type: "country", country_code: "xx" }, /code/],
          [{ code: "X", name: "X", type: "city", parent_id: pl.id, postal_prefixes: "00" }, /postal_prefixes/],
          [{ code: "X", name: "X", type: "city", parent_id: pl.id, postal_prefixes: ["-"] }, /postal_prefixes/],
          [{ code: "X", name: "X", type: "country", country_code: "xx", colour: "red" }, /colour/],
          // Rules of the tree, checked by the module.
          [{ code: "X", name: "X", type: "country" }, /^country_code: required for a country/],
          [{ code: "X", name: "X", type: "region", country_code: "pl" }, /^parent_id: a region must have a parent territory/],
          [{ code: "X", name: "X", type: "country", country_code: "de", parent_id: pl.id }, /^parent_id: a country cannot sit under a country/],
          [{ code: "X", name: "X", type: "region", country_code: "de", parent_id: pl.id }, /^country_code: must match the parent territory's country \(pl\)/],
        ]
        for (const [body, message] of cases) {
          const response = await fail(api.post("/admin/dealer-territories", body, admin))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
          expect(response.data.message).toMatch(message)
        }
      })

      it("answers an unknown parent with a 404 and a duplicate code with a 422", async () => {
        const pl = await createTerritory({ code: "PL", name: "Poland", type: "country", country_code: "pl" })
        const unknownParent = await fail(
          api.post("/admin/dealer-territories", { code: "X", name: "X", type: "region", parent_id: "dterr_missing" }, admin)
        )
        expect(unknownParent.status).toBe(404)
        expect(unknownParent.data.message).toBe("parent_id: territory dterr_missing was not found")

        const dup = await fail(
          api.post("/admin/dealer-territories", { code: "PL", name: "Again", type: "region", parent_id: pl.id }, admin)
        )
        expect(dup.status).toBe(422)
        expect(dup.data.message).toBe("code: territory PL already exists")
      })
    })

    describe("GET /admin/dealer-territories", () => {
      it("lists with type, parent, country and q filters, pagination, order and fields", async () => {
        const { pl, mz } = await seedPoland()
        await createTerritory({ code: "DE", name: "Germany", type: "country", country_code: "de" })

        const cities = await api.get("/admin/dealer-territories?type=city&order=name", admin)
        expect(cities.data.territories.map((t: any) => t.name)).toEqual(["Kraków", "Radom", "Warsaw"])
        expect(cities.data.count).toBe(3)

        const underMz = await api.get(`/admin/dealer-territories?parent_id=${mz.id}&order=code`, admin)
        expect(underMz.data.territories.map((t: any) => t.code)).toEqual(["PL-MZ-RDM", "PL-MZ-WAW"])

        const roots = await api.get("/admin/dealer-territories?parent_id=null&order=code", admin)
        expect(roots.data.territories.map((t: any) => t.code)).toEqual(["DE", "PL"])

        const german = await api.get("/admin/dealer-territories?country_code=DE", admin)
        expect(german.data.territories.map((t: any) => t.code)).toEqual(["DE"])

        const regions = await api.get(`/admin/dealer-territories?type[]=region&type[]=country&country_code=pl&order=code`, admin)
        expect(regions.data.territories.map((t: any) => t.code)).toEqual(["PL", "PL-MA", "PL-MZ"])

        const search = await api.get("/admin/dealer-territories?q=poland", admin)
        expect(search.data.territories.map((t: any) => t.code).sort()).toEqual(["PL", "PL-MA"])

        const page = await api.get("/admin/dealer-territories?limit=2&offset=2&order=code&fields=id,code", admin)
        expect(page.data).toMatchObject({ count: 7, offset: 2, limit: 2 })
        expect(page.data.territories.map((t: any) => t.code)).toEqual(["PL-MA", "PL-MA-KRK"])
        expect(Object.keys(page.data.territories[0]).sort()).toEqual(["code", "id"])

        const one = await api.get(`/admin/dealer-territories?id=${pl.id}`, admin)
        expect(one.data.territories.map((t: any) => t.code)).toEqual(["PL"])

        const badType = await fail(api.get("/admin/dealer-territories?type=district", admin))
        expect(badType.status).toBe(400)
        expect(badType.data.message).toMatch(/type/)
      })
    })

    describe("GET /admin/dealer-territories/match", () => {
      it("finds the most specific territory for an address by country, province and postal prefix", async () => {
        const { pl, mz, ma, waw, radom, krk } = await seedPoland()
        const match = async (params: string) =>
          (await api.get(`/admin/dealer-territories/match?${params}`, admin)).data.territory

        expect(await match("country_code=PL&province=MZ&postal_code=00-950")).toMatchObject({ id: waw.id, name: "Warsaw" })
        expect((await match("country_code=pl&province=mz&postal_code=04 123"))?.id).toBe(waw.id)
        expect((await match("country_code=PL&province=MZ&postal_code=26-600"))?.id).toBe(radom.id)
        // 26-500 is in Masovia but outside Radom's 26-6 prefix.
        expect((await match("country_code=PL&province=MZ&postal_code=26-500"))?.id).toBe(mz.id)
        expect((await match("country_code=PL&province=MZ"))?.id).toBe(mz.id)
        expect((await match("country_code=PL&province=MA&postal_code=31-042"))?.id).toBe(krk.id)
        // A Warsaw postal code in another province does not make it Warsaw.
        expect((await match("country_code=PL&province=MA&postal_code=00-950"))?.id).toBe(ma.id)
        expect((await match("country_code=PL&province=SL&postal_code=40-001"))?.id).toBe(pl.id)
        expect((await match("country_code=PL"))?.id).toBe(pl.id)
        expect(await match("country_code=FR&postal_code=75001")).toBeNull()

        const slim = await match("country_code=PL&province=MZ&postal_code=00-950&fields=id,code")
        expect(slim).toEqual({ id: waw.id, code: "PL-MZ-WAW" })
      })

      it("requires a two-letter country code", async () => {
        const missing = await fail(api.get("/admin/dealer-territories/match?postal_code=00-950", admin))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/country_code/)
        const bad = await fail(api.get("/admin/dealer-territories/match?country_code=POL", admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/country_code/)
      })
    })

    describe("territory detail, update, tree and delete", () => {
      it("returns 404 for an unknown territory on every :id route", async () => {
        for (const response of [
          await fail(api.get("/admin/dealer-territories/dterr_unknown", admin)),
          await fail(api.post("/admin/dealer-territories/dterr_unknown", { name: "X" }, admin)),
          await fail(api.delete("/admin/dealer-territories/dterr_unknown", admin)),
          await fail(api.get("/admin/dealer-territories/dterr_unknown/tree", admin)),
        ]) {
          expect(response.status).toBe(404)
          expect(response.data.message).toMatch(/dterr_unknown/)
        }
      })

      it("retrieves and updates a territory; type and parent are fixed", async () => {
        const { waw, krk } = await seedPoland()
        const { data } = await api.get(`/admin/dealer-territories/${waw.id}`, admin)
        expect(data.territory).toMatchObject({ code: "PL-MZ-WAW", parent: { code: "PL-MZ" } })

        const updated = (
          await api.post(`/admin/dealer-territories/${waw.id}`, { name: "Warszawa", postal_prefixes: ["00-", "01 "] }, admin)
        ).data.territory
        expect(updated).toMatchObject({ name: "Warszawa", code: "PL-MZ-WAW", postal_prefixes: ["00", "01"] })
        const match = await api.get("/admin/dealer-territories/match?country_code=pl&province=mz&postal_code=02-001", admin)
        expect(match.data.territory.code).toBe("PL-MZ")

        const dup = await fail(api.post(`/admin/dealer-territories/${waw.id}`, { code: krk.code }, admin))
        expect(dup.status).toBe(422)
        expect(dup.data.message).toBe("code: territory PL-MA-KRK already exists")

        const move = await fail(api.post(`/admin/dealer-territories/${waw.id}`, { parent_id: krk.id }, admin))
        expect(move.status).toBe(400)
        expect(move.data.message).toMatch(/parent_id/)
      })

      it("returns the subtree as a nested tree", async () => {
        const { pl, mz } = await seedPoland()
        const { data } = await api.get(`/admin/dealer-territories/${pl.id}/tree`, admin)
        expect(data.size).toBe(6)
        expect(data.tree).toMatchObject({ code: "PL", level: 0, depth: 0, type: "country" })
        expect(data.tree.children.map((c: any) => c.code)).toEqual(["PL-MA", "PL-MZ"])
        const masovia = data.tree.children[1]
        expect(masovia.children.map((c: any) => [c.name, c.level, c.postal_prefixes])).toEqual([
          ["Radom", 2, ["266"]],
          ["Warsaw", 2, ["00", "01", "02", "03", "04"]],
        ])

        const sub = await api.get(`/admin/dealer-territories/${mz.id}/tree`, admin)
        expect(sub.data.size).toBe(3)
        expect(sub.data.tree).toMatchObject({ code: "PL-MZ", level: 0, depth: 1 })
      })

      it("refuses to delete a territory with territories below it or zones in it", async () => {
        const { pl, mz, radom, waw } = await seedPoland()
        const withChildren = await fail(api.delete(`/admin/dealer-territories/${mz.id}`, admin))
        expect(withChildren.status).toBe(400)
        expect(withChildren.data.message).toMatch(/PL-MZ has 2 territory\(ies\) below it/)

        const dealer = (await api.post("/admin/dealers", { code: "WAW1", name: "Warsaw Tools" }, admin)).data.dealer
        await api.post(
          "/admin/dealer-zones",
          { dealer_id: dealer.id, territory_id: waw.id, starts_at: "2026-01-01T00:00:00.000Z" },
          admin
        )
        const withZone = await fail(api.delete(`/admin/dealer-territories/${waw.id}`, admin))
        expect(withZone.status).toBe(400)
        expect(withZone.data.message).toMatch(/PL-MZ-WAW has 1 zone\(s\) of responsibility/)

        const { data } = await api.delete(`/admin/dealer-territories/${radom.id}`, admin)
        expect(data).toEqual({ id: radom.id, object: "dealer_territory", deleted: true })
        const gone = await fail(api.get(`/admin/dealer-territories/${radom.id}`, admin))
        expect(gone.status).toBe(404)
        const tree = await api.get(`/admin/dealer-territories/${pl.id}/tree`, admin)
        expect(tree.data.size).toBe(5)
        // A deleted territory no longer matches addresses.
        const match = await api.get("/admin/dealer-territories/match?country_code=pl&province=mz&postal_code=26-600", admin)
        expect(match.data.territory.id).toBe(mz.id)
      })
    })
  },
})
