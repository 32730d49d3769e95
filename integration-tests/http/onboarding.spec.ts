import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { adminSession, createPublishableKey, Headers, registerCustomer } from "../helpers/auth"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    let publishableKey: string

    beforeEach(async () => {
      publishableKey = (await createPublishableKey(getContainer())).key
    })

    const apply = (customer: Headers, body: Record<string, unknown>) =>
      api.post("/store/dealer-applications", body, customer)

    it("takes an application from a logged-in customer and turns it into a dealer on approval", async () => {
      const anna = await registerCustomer(api, publishableKey, "anna@werkzeug-meyer.example")
      const territory = await getContainer()
        .resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
        .createTerritoryInTree({ code: "DE", name: "Germany", type: "country", country_code: "de" })

      const applied = await apply(anna.headers, {
        company_name: "Werkzeug Meyer GmbH",
        tax_id: "DE300111222",
        city: "Augsburg",
        country_code: "DE",
        desired_territory_id: territory.id,
        expected_monthly_volume: 25000,
        message: "We run three stores in Swabia.",
      })
      expect(applied.status).toBe(201)
      expect(applied.data.application).toMatchObject({
        status: "pending",
        email: "anna@werkzeug-meyer.example",
        currency_code: "eur",
        expected_monthly_volume: 25000,
      })

      const again = await apply(anna.headers, { company_name: "Second try" }).catch((e: any) => e)
      expect(again.response.status).toBe(422)
      expect(again.response.data.message).toMatch(/already have an application under review/)

      const mine = await api.get("/store/dealer-applications", anna.headers)
      expect(mine.data.applications).toHaveLength(1)

      const pending = await api.get("/admin/dealer-applications?status=pending", admin)
      expect(pending.data.count).toBe(1)
      const application = pending.data.applications[0]
      expect(application.customer.email).toBe("anna@werkzeug-meyer.example")

      const approved = await api.post(
        `/admin/dealer-applications/${application.id}/approve`,
        { code: "MEYER", review_note: "Strong retail footprint" },
        admin
      )
      expect(approved.data.application).toMatchObject({ status: "approved", dealer_id: approved.data.dealer.id })
      expect(approved.data.dealer).toMatchObject({
        code: "MEYER",
        name: "Werkzeug Meyer GmbH",
        tax_id: "DE300111222",
        role: "dealer",
        status: "applicant",
      })
      expect(approved.data.agreement).toMatchObject({ status: "draft", number: "AGR-MEYER-001" })

      const members = await api.get(`/admin/dealers/${approved.data.dealer.id}/members`, admin)
      expect(members.data.members.map((m: any) => [m.customer_id, m.role])).toEqual([[anna.id, "owner"]])
      const grouped = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomers({ groups: { id: approved.data.dealer.customer_group_id } } as any)
      expect(grouped.map((c) => c.id)).toEqual([anna.id])

      const me = await api.get("/store/dealers/me", anna.headers)
      expect(me.data.dealer).toMatchObject({ code: "MEYER", status: "applicant" })
      expect(me.data.membership.role).toBe("owner")
      expect(me.data.agreement).toBeNull()

      // Once the draft agreement is activated, the dealer is active and the member sees its terms.
      await getContainer().resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).activateAgreement(approved.data.agreement.id)
      const active = await api.get("/store/dealers/me", anna.headers)
      expect(active.data.dealer.status).toBe("active")
      expect(active.data.agreement).toMatchObject({ number: "AGR-MEYER-001", status: "active" })

      const twice = await api
        .post(`/admin/dealer-applications/${application.id}/approve`, { code: "MEYER2" }, admin)
        .catch((e: any) => e)
      expect(twice.response.status).toBe(400)
      expect(twice.response.data.message).toMatch(/already approved/)

      const memberApplies = await apply(anna.headers, { company_name: "Another" }).catch((e: any) => e)
      expect(memberApplies.response.status).toBe(400)
      expect(memberApplies.response.data.message).toMatch(/already belong to dealer Werkzeug Meyer GmbH/)
    })

    it("undoes everything and keeps the application pending when approval fails midway", async () => {
      const taken = await api.post("/admin/dealers", { code: "TAKEN", name: "Existing" }, admin)
      const ben = await registerCustomer(api, publishableKey, "ben@baumarkt.example")
      const { data } = await apply(ben.headers, { company_name: "Baumarkt Ben" })

      const failed = await api
        .post(`/admin/dealer-applications/${data.application.id}/approve`, { code: "TAKEN" }, admin)
        .catch((e: any) => e)
      expect(failed.response.status).toBe(422)
      expect(failed.response.data.message).toMatch(/^code:/)

      const after = await api.get(`/admin/dealer-applications/${data.application.id}`, admin)
      expect(after.data.application).toMatchObject({ status: "pending", dealer_id: null })
      const dealers = await api.get("/admin/dealers", admin)
      expect(dealers.data.dealers.map((d: any) => d.id)).toEqual([taken.data.dealer.id])
      const groups = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({})
      expect(groups.map((g) => g.name)).toEqual(["Dealer TAKEN: Existing"])

      // A parent the applicant cannot sit under fails inside the nested dealer workflow.
      const subParent = await api
        .post(
          `/admin/dealer-applications/${data.application.id}/approve`,
          { code: "BEN", role: "distributor", parent_id: taken.data.dealer.id },
          admin
        )
        .catch((e: any) => e)
      expect(subParent.response.status).toBe(400)
      expect((await api.get(`/admin/dealer-applications/${data.application.id}`, admin)).data.application.status).toBe(
        "pending"
      )

      const approved = await api.post(`/admin/dealer-applications/${data.application.id}/approve`, { code: "BEN" }, admin)
      expect(approved.data.dealer.code).toBe("BEN")
    })

    it("rejects with a reason the applicant can read", async () => {
      const cara = await registerCustomer(api, publishableKey, "cara@shop.example")
      const { data } = await apply(cara.headers, { company_name: "Cara's Shop" })

      const missingReason = await api
        .post(`/admin/dealer-applications/${data.application.id}/reject`, {}, admin)
        .catch((e: any) => e)
      expect(missingReason.response.status).toBe(400)
      expect(missingReason.response.data.message).toMatch(/reason/)

      await api.post(`/admin/dealer-applications/${data.application.id}/reject`, { reason: "Outside our regions" }, admin)
      const mine = await api.get("/store/dealer-applications", cara.headers)
      expect(mine.data.applications[0]).toMatchObject({ status: "rejected", review_note: "Outside our regions" })

      // A rejected applicant may apply again.
      const retry = await apply(cara.headers, { company_name: "Cara's Shop", desired_region: "Tyrol" })
      expect(retry.status).toBe(201)
    })

    it("validates applications and keeps the store API to the customer's own dealer", async () => {
      const anonymous = await api
        .post("/store/dealer-applications", { company_name: "X" }, { headers: { "x-publishable-api-key": publishableKey } })
        .catch((e: any) => e)
      expect(anonymous.response.status).toBe(401)

      const dora = await registerCustomer(api, publishableKey, "dora@tools.example")
      const noName = await apply(dora.headers, { city: "Graz" }).catch((e: any) => e)
      expect(noName.response.status).toBe(400)
      expect(noName.response.data.message).toMatch(/company_name/)
      const badVolume = await apply(dora.headers, { company_name: "D", expected_monthly_volume: -5 }).catch((e: any) => e)
      expect(badVolume.response.status).toBe(400)
      expect(badVolume.response.data.message).toMatch(/expected_monthly_volume/)
      const badTerritory = await apply(dora.headers, { company_name: "D", desired_territory_id: "dterr_nope" }).catch(
        (e: any) => e
      )
      expect(badTerritory.response.status).toBe(404)
      expect(badTerritory.response.data.message).toMatch(/desired_territory_id/)

      const notMember = await api.get("/store/dealers/me", dora.headers).catch((e: any) => e)
      expect(notMember.response.status).toBe(404)

      // Two dealers: each member sees only their own, and no store route reads a dealer by id.
      const a = (await api.post("/admin/dealers", { code: "A", name: "Dealer A" }, admin)).data.dealer
      const b = (await api.post("/admin/dealers", { code: "B", name: "Dealer B" }, admin)).data.dealer
      const eve = await registerCustomer(api, publishableKey, "eve@a.example")
      await api.post(`/admin/dealers/${a.id}/members`, { customer_id: dora.id, role: "buyer" }, admin)
      await api.post(`/admin/dealers/${b.id}/members`, { customer_id: eve.id, role: "buyer" }, admin)
      expect((await api.get("/store/dealers/me", dora.headers)).data.dealer.code).toBe("A")
      expect((await api.get("/store/dealers/me", eve.headers)).data.dealer.code).toBe("B")
      const other = await api.get(`/store/dealers/${a.id}`, eve.headers).catch((e: any) => e)
      expect(other.response.status).toBe(404)
      const adminRoute = await api.get(`/admin/dealers/${a.id}`, eve.headers).catch((e: any) => e)
      expect(adminRoute.response.status).toBe(401)
      const adminList = await api.get("/admin/dealer-applications", eve.headers).catch((e: any) => e)
      expect(adminList.response.status).toBe(401)
    })
  },
})
