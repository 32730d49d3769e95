import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { DemoSeedSummary, seedDemo } from "../../src/scripts/seed-demo"

jest.setTimeout(180_000)

const ALL = { take: 10_000 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let summary: DemoSeedSummary

    // Seeded once; the runner snapshots the database after this and restores
    // the seeded state before every test.
    beforeAll(async () => {
      summary = await seedDemo(getContainer())
    })

    const service = () => getContainer().resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)

    it("seeds the store and the network as designed", async () => {
      expect(summary.created).toBe(true)
      expect(summary.publishable_key).toMatch(/^pk_/)
      expect(summary.region_id).toBeTruthy()
      expect(summary.sales_channel_id).toBeTruthy()
      expect(summary.application_id).toBeTruthy()
      expect(Object.keys(summary.dealer_ids)).toHaveLength(11)
      expect(summary.counts).toEqual({
        tiers: 3,
        territories: 12,
        dealers: 11,
        dealers_by_role: { distributor: 2, dealer: 5, sub_dealer: 4 },
        dealers_by_status: { active: 9, terminated: 1, applicant: 1 },
        members: 22,
        customers: 23,
        customer_groups: 11,
        zones: 12,
        exclusive_zones: 6,
        agreements: 12,
        agreements_by_status: { active: 9, expired: 1, terminated: 1, draft: 1 },
        applications: 1,
        categories: 4,
        products: 8,
      })

      const [application] = await service().listDealerApplications({ id: summary.application_id! })
      expect(application).toMatchObject({ status: "pending", company_name: "Steiner Baubedarf GmbH" })

      // Every product sells through the B2B channel at an EUR price.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      // Typed loosely: with Medusa's generated .medusa/types, graph results are strict.
      const { data: products }: { data: any[] } = await query.graph({
        entity: "product",
        fields: ["handle", "sales_channels.id", "variants.prices.currency_code", "categories.handle"],
        filters: { id: Object.values(summary.product_ids) },
      })
      expect(products).toHaveLength(8)
      for (const product of products) {
        expect(product.sales_channels.map((c: any) => c.id)).toEqual([summary.sales_channel_id])
        expect(product.categories).toHaveLength(1)
        for (const variant of product.variants) {
          expect(variant.prices.map((p: any) => p.currency_code)).toContain("eur")
        }
      }
    })

    it("gives every dealer a customer group holding exactly its members", async () => {
      const dealers = await service().listDealers({}, ALL)
      const members = await service().listDealerMembers({}, ALL)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: groups }: { data: any[] } = await query.graph({
        entity: "customer_group",
        fields: ["id", "metadata", "customers.id"],
        filters: { id: dealers.map((d) => d.customer_group_id!) },
      })
      expect(groups).toHaveLength(dealers.length)
      for (const dealer of dealers) {
        const group = groups.find((g) => g.id === dealer.customer_group_id)!
        expect(group.metadata).toEqual({ dealer_id: dealer.id })
        const memberIds = members.filter((m) => m.dealer_id === dealer.id).map((m) => m.customer_id)
        expect(memberIds).toHaveLength(2)
        expect(group.customers!.map((c: any) => c.id).sort()).toEqual(memberIds.sort())
        expect(members.filter((m) => m.dealer_id === dealer.id).map((m) => m.role).sort()).toEqual([
          "buyer",
          "owner",
        ])
      }
    })

    it("places every sub-dealer under a dealer or distributor, and distributors at the top", async () => {
      const dealers = await service().listDealers({}, ALL)
      const byId = new Map(dealers.map((d) => [d.id, d]))
      for (const dealer of dealers) {
        const parent = dealer.parent_id ? byId.get(dealer.parent_id) : null
        if (dealer.role === "sub_dealer") {
          expect(["dealer", "distributor"]).toContain(parent?.role)
        }
        if (dealer.role === "distributor") expect(parent).toBeNull()
        if (dealer.role === "dealer" && parent) expect(parent.role).toBe("distributor")
      }
      const tree = await service().listSubtree(summary.dealer_ids.BAUTEC)
      expect(tree.map((row) => row.code).sort()).toEqual(
        ["BAUTEC", "BRANDL", "HUBER", "KRAEMER", "NORIS", "RHEIN"].sort()
      )
    })

    it("gives every active dealer an agreement in force, with the designed history", async () => {
      const dealers = await service().listDealers({}, ALL)
      const active = dealers.filter((d) => d.status === "active")
      expect(active).toHaveLength(9)
      for (const dealer of active) {
        const agreement = await service().retrieveEffectiveAgreement(dealer.id)
        expect({ code: dealer.code, status: agreement?.status }).toEqual({ code: dealer.code, status: "active" })
      }

      const huber = await service().listAgreements({ dealer_id: summary.dealer_ids.HUBER }, { order: { version: "ASC" } })
      expect(huber.map((a) => [a.version, a.status])).toEqual([
        [1, "expired"],
        [2, "active"],
      ])
      expect(huber[1].supersedes_id).toBe(huber[0].id)
      expect((await service().retrieveEffectiveAgreement(summary.dealer_ids.HUBER))!.id).toBe(huber[1].id)

      const kraemer = dealers.find((d) => d.code === "KRAEMER")!
      expect(kraemer.status).toBe("terminated")
      expect(await service().retrieveEffectiveAgreement(kraemer.id)).toBeNull()
      const [terminated] = await service().listAgreements({ dealer_id: kraemer.id })
      expect(terminated).toMatchObject({ status: "terminated" })
      expect(terminated.termination_reason).toBeTruthy()

      const wieser = dealers.find((d) => d.code === "WIESER")!
      expect(wieser.status).toBe("applicant")
      const [draft] = await service().listAgreements({ dealer_id: wieser.id })
      expect(draft.status).toBe("draft")

      const agreements = await service().listAgreements({}, ALL)
      expect(new Set(agreements.map((a) => a.conflict_policy)).size).toBe(4)
      expect(new Set(agreements.map((a) => a.payout_form)).size).toBe(4)
      for (const agreement of agreements) {
        expect(Number(agreement.credit_limit)).toBeGreaterThan(0)
        expect(agreement.payment_terms_days).toBeGreaterThan(0)
        if (agreement.conflict_policy === "split") expect(Number(agreement.split_share_percent)).toBeGreaterThan(0)
      }
    })

    it("has no exclusive zone overlapping another dealer's zone", async () => {
      const territories = await service().listTerritories({}, ALL)
      const parentOf = new Map(territories.map((t) => [t.id, t.parent_id as string | null]))
      const ancestors = (id: string) => {
        const chain: string[] = []
        for (let at: string | null = id; at; at = parentOf.get(at) ?? null) chain.push(at)
        return chain
      }
      const related = (a: string, b: string) => ancestors(a).includes(b) || ancestors(b).includes(a)

      const zones = await service().listZones({}, { ...ALL, relations: ["categories"] })
      expect(zones.some((z) => z.is_exclusive && z.categories.length > 0)).toBe(true)
      const window = (z: any) => [new Date(z.starts_at).getTime(), z.ends_at ? new Date(z.ends_at).getTime() : Infinity]
      const categoriesOf = (z: any) => z.categories.map((c: any) => c.product_category_id)

      const overlaps: string[] = []
      zones.forEach((a, i) =>
        zones.slice(i + 1).forEach((b) => {
          if (a.dealer_id === b.dealer_id || !(a.is_exclusive || b.is_exclusive)) return
          if (!related(a.territory_id, b.territory_id)) return
          const [aFrom, aTo] = window(a)
          const [bFrom, bTo] = window(b)
          if (!(aFrom < bTo && bFrom < aTo)) return
          const [ca, cb] = [categoriesOf(a), categoriesOf(b)]
          if (ca.length && cb.length && !ca.some((c: string) => cb.includes(c))) return
          overlaps.push(`${a.id} × ${b.id}`)
        })
      )
      expect(overlaps).toEqual([])
    })

    it("lets a seeded buyer log in to the store with the seeded publishable key", async () => {
      const buyer = summary.buyer_logins[0]
      const login = await api.post("/auth/customer/emailpass", {
        email: buyer.email,
        password: summary.buyer_password,
      })
      expect(login.status).toBe(200)
      const headers = {
        headers: {
          authorization: `Bearer ${login.data.token}`,
          "x-publishable-api-key": summary.publishable_key!,
        },
      }
      const me = await api.get("/store/customers/me", headers)
      expect(me.data.customer).toMatchObject({ email: buyer.email, has_account: true })

      const dealer = await api.get("/store/dealers/me", headers)
      expect(dealer.data.dealer.code).toBe("HUBER")
      expect(dealer.data.membership.role).toBe("buyer")

      const wrong = await api
        .post("/auth/customer/emailpass", { email: buyer.email, password: "wrong-password" })
        .catch((e: any) => e)
      expect(wrong.response.status).toBe(401)
    })

    it("changes nothing when run a second time", async () => {
      const again = await seedDemo(getContainer())
      expect(again.created).toBe(false)
      expect(again.counts).toEqual(summary.counts)
      expect(again.dealer_ids).toEqual(summary.dealer_ids)
      expect(again.publishable_key).toBe(summary.publishable_key)
    })
  },
})
