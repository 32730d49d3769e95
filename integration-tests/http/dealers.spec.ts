import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminRequests, adminSession } from "../helpers/auth"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const { createDealer } = adminRequests(api, admin)

    describe("auth", () => {
      it("refuses every dealer route without an admin session", async () => {
        for (const [method, url] of [
          ["get", "/admin/dealers"],
          ["post", "/admin/dealers"],
          ["get", "/admin/dealers/dlr_x/tree"],
        ] as const) {
          const error = await (api as any)[method](url).catch((e: any) => e)
          expect(error.response.status).toBe(401)
        }
      })
    })

    describe("POST /admin/dealers", () => {
      it("creates a dealer with its own customer group", async () => {
        const dealer = await createDealer({
          code: "ACME",
          name: "Acme Tools",
          role: "distributor",
          tax_id: "DE811",
          email: "sales@acme.example",
          country_code: "DE",
        })
        expect(dealer).toMatchObject({
          code: "ACME",
          role: "distributor",
          status: "applicant",
          currency_code: "eur",
          country_code: "de",
        })
        const group = await getContainer()
          .resolve(Modules.CUSTOMER)
          .retrieveCustomerGroup(dealer.customer_group_id)
        expect(group.name).toBe("Dealer ACME: Acme Tools")
        expect(group.metadata).toEqual({ dealer_id: dealer.id })
      })

      it("answers bad input with a 400 naming the field", async () => {
        const missingName = await api.post("/admin/dealers", { code: "X" }, admin).catch((e: any) => e)
        expect(missingName.response.status).toBe(400)
        expect(missingName.response.data.message).toMatch(/name/)

        const badRole = await api
          .post("/admin/dealers", { code: "X", name: "X", role: "reseller" }, admin)
          .catch((e: any) => e)
        expect(badRole.response.status).toBe(400)
        expect(badRole.response.data.message).toMatch(/role/)

        const badEmail = await api
          .post("/admin/dealers", { code: "X", name: "X", email: "nope" }, admin)
          .catch((e: any) => e)
        expect(badEmail.response.status).toBe(400)
        expect(badEmail.response.data.message).toMatch(/email/)

        const unknownField = await api
          .post("/admin/dealers", { code: "X", name: "X", colour: "red" }, admin)
          .catch((e: any) => e)
        expect(unknownField.response.status).toBe(400)
        expect(unknownField.response.data.message).toMatch(/colour/)
      })

      it("refuses a duplicate tax id and code with a 4xx that says which dealer holds it", async () => {
        await createDealer({ code: "ONE", name: "One", tax_id: "PL123" })
        const dupTax = await api
          .post("/admin/dealers", { code: "TWO", name: "Two", tax_id: "PL123" }, admin)
          .catch((e: any) => e)
        expect(dupTax.response.status).toBe(422)
        expect(dupTax.response.data.message).toBe("tax_id: dealer ONE already has tax_id PL123")

        const dupCode = await api.post("/admin/dealers", { code: "ONE", name: "Again" }, admin).catch((e: any) => e)
        expect(dupCode.response.status).toBe(422)
        expect(dupCode.response.data.message).toMatch(/^code:/)
      })

      it("enforces the tree: sub-dealers need a parent, no cycles, no unknown parent", async () => {
        const dist = await createDealer({ code: "D", name: "Dist", role: "distributor" })
        const dealer = await createDealer({ code: "DL", name: "Dealer", parent_id: dist.id })
        const sub = await createDealer({ code: "SD", name: "Sub", role: "sub_dealer", parent_id: dealer.id })
        expect(sub.parent).toMatchObject({ id: dealer.id, code: "DL" })

        const orphan = await api
          .post("/admin/dealers", { code: "O", name: "Orphan", role: "sub_dealer" }, admin)
          .catch((e: any) => e)
        expect(orphan.response.status).toBe(400)
        expect(orphan.response.data.message).toMatch(/sub-dealer must have a parent/)

        const unknownParent = await api
          .post("/admin/dealers", { code: "U", name: "U", parent_id: "dlr_missing" }, admin)
          .catch((e: any) => e)
        expect(unknownParent.response.status).toBe(404)
        expect(unknownParent.response.data.message).toMatch(/parent_id/)

        const cycle = await api
          .post(`/admin/dealers/${dist.id}`, { parent_id: sub.id }, admin)
          .catch((e: any) => e)
        expect(cycle.response.status).toBe(400)
        expect(cycle.response.data.message).toMatch(/own descendant/)

        const self = await api.post(`/admin/dealers/${dealer.id}`, { parent_id: dealer.id }, admin).catch((e: any) => e)
        expect(self.response.status).toBe(400)
        expect(self.response.data.message).toMatch(/own parent/)
      })
    })

    describe("GET /admin/dealers", () => {
      it("lists with filters, q search, pagination, order and fields", async () => {
        const dist = await createDealer({ code: "N1", name: "Nordic Supply", role: "distributor" })
        await createDealer({ code: "N2", name: "Oslo Tools", parent_id: dist.id, city: "Oslo" })
        await createDealer({ code: "N3", name: "Bergen Tools", parent_id: dist.id })
        await createDealer({ code: "S1", name: "Southern Supply", role: "distributor" })

        const byParent = await api.get(`/admin/dealers?parent_id=${dist.id}&order=name`, admin)
        expect(byParent.data.dealers.map((d: any) => d.code)).toEqual(["N3", "N2"])
        expect(byParent.data.count).toBe(2)

        const search = await api.get("/admin/dealers?q=supply&order=-name", admin)
        expect(search.data.dealers.map((d: any) => d.code)).toEqual(["S1", "N1"])

        const page = await api.get("/admin/dealers?limit=2&offset=1&order=code", admin)
        expect(page.data).toMatchObject({ count: 4, offset: 1, limit: 2 })
        expect(page.data.dealers.map((d: any) => d.code)).toEqual(["N2", "N3"])

        const roles = await api.get("/admin/dealers?role=distributor&fields=id,code", admin)
        expect(roles.data.dealers).toHaveLength(2)
        expect(Object.keys(roles.data.dealers[0]).sort()).toEqual(["code", "id"])

        const badLimit = await api.get("/admin/dealers?limit=abc", admin).catch((e: any) => e)
        expect(badLimit.response.status).toBe(400)
      })
    })

    describe("dealer detail, update, tree and delete", () => {
      it("returns 404 for an unknown dealer", async () => {
        const error = await api.get("/admin/dealers/dlr_unknown", admin).catch((e: any) => e)
        expect(error.response.status).toBe(404)
      })

      it("updates a dealer and renames its customer group", async () => {
        const dealer = await createDealer({ code: "R", name: "Old name" })
        const updated = (await api.post(`/admin/dealers/${dealer.id}`, { name: "New name", status: "suspended" }, admin)).data.dealer
        expect(updated).toMatchObject({ name: "New name", status: "suspended" })
        const group = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomerGroup(dealer.customer_group_id)
        expect(group.name).toBe("Dealer R: New name")
      })

      it("returns the sub-network as a tree with ancestors", async () => {
        const dist = await createDealer({ code: "T0", name: "Top", role: "distributor" })
        const a = await createDealer({ code: "T1", name: "A", parent_id: dist.id })
        await createDealer({ code: "T2", name: "B", parent_id: dist.id })
        const sub = await createDealer({ code: "T3", name: "A-sub", role: "sub_dealer", parent_id: a.id })

        const { data } = await api.get(`/admin/dealers/${dist.id}/tree`, admin)
        expect(data.size).toBe(4)
        expect(data.tree.code).toBe("T0")
        expect(data.tree.children.map((c: any) => c.code)).toEqual(["T1", "T2"])
        expect(data.tree.children[0].children.map((c: any) => c.code)).toEqual(["T3"])

        const up = await api.get(`/admin/dealers/${sub.id}/tree`, admin)
        expect(up.data.ancestors.map((r: any) => r.code)).toEqual(["T1", "T0"])
      })

      it("deletes a leaf dealer with its customer group, but not one with partners below", async () => {
        const dist = await createDealer({ code: "X0", name: "Top", role: "distributor" })
        const leaf = await createDealer({ code: "X1", name: "Leaf", parent_id: dist.id })

        const refused = await api.delete(`/admin/dealers/${dist.id}`, admin).catch((e: any) => e)
        expect(refused.response.status).toBe(400)
        expect(refused.response.data.message).toMatch(/1 partner\(s\) below it/)

        const { data } = await api.delete(`/admin/dealers/${leaf.id}`, admin)
        expect(data).toEqual({ id: leaf.id, object: "dealer", deleted: true })
        const gone = await api.get(`/admin/dealers/${leaf.id}`, admin).catch((e: any) => e)
        expect(gone.response.status).toBe(404)
        const groups = await getContainer()
          .resolve(Modules.CUSTOMER)
          .listCustomerGroups({ id: leaf.customer_group_id })
        expect(groups).toHaveLength(0)
      })
    })

    describe("members", () => {
      it("adds customers with a role, keeps the customer group in sync, and allows one dealer per customer", async () => {
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        const [alice, bob] = await customerModule.createCustomers([
          { email: "alice@dealer.example", first_name: "Alice" },
          { email: "bob@dealer.example", first_name: "Bob" },
        ])
        const a = await createDealer({ code: "MA", name: "Member A" })
        const b = await createDealer({ code: "MB", name: "Member B" })

        const added = await api.post(`/admin/dealers/${a.id}/members`, { customer_id: alice.id, role: "owner" }, admin)
        expect(added.status).toBe(201)
        expect(added.data.member).toMatchObject({ role: "owner", customer: { email: "alice@dealer.example" } })
        await api.post(`/admin/dealers/${a.id}/members`, { customer_id: bob.id }, admin)

        const list = await api.get(`/admin/dealers/${a.id}/members?order=created_at`, admin)
        expect(list.data.members.map((m: any) => [m.customer.email, m.role])).toEqual([
          ["alice@dealer.example", "owner"],
          ["bob@dealer.example", "buyer"],
        ])
        const grouped = await customerModule.listCustomers({ groups: { id: a.customer_group_id } } as any)
        expect(grouped.map((c) => c.email).sort()).toEqual(["alice@dealer.example", "bob@dealer.example"])

        const aliceMembership = await api.get(`/admin/dealer-members?customer_id=${alice.id}`, admin)
        expect(aliceMembership.data.members.map((m: any) => [m.role, m.dealer.code])).toEqual([["owner", "MA"]])
        const badRole = await api.get("/admin/dealer-members?role=boss", admin).catch((e: any) => e)
        expect(badRole.response.status).toBe(400)
        expect(badRole.response.data.message).toMatch(/role/)

        const twice = await api
          .post(`/admin/dealers/${b.id}/members`, { customer_id: alice.id }, admin)
          .catch((e: any) => e)
        expect(twice.response.status).toBe(422)
        expect(twice.response.data.message).toMatch(/already a member: .* \(member of MA\)/)

        const unknown = await api
          .post(`/admin/dealers/${b.id}/members`, { customer_id: "cus_missing" }, admin)
          .catch((e: any) => e)
        expect(unknown.response.status).toBe(404)

        const bobMember = list.data.members[1]
        const promoted = await api.post(`/admin/dealers/${a.id}/members/${bobMember.id}`, { role: "manager" }, admin)
        expect(promoted.data.member.role).toBe("manager")

        const wrongDealer = await api.delete(`/admin/dealers/${b.id}/members/${bobMember.id}`, admin).catch((e: any) => e)
        expect(wrongDealer.response.status).toBe(404)

        await api.delete(`/admin/dealers/${a.id}/members/${bobMember.id}`, admin)
        const after = await customerModule.listCustomers({ groups: { id: a.customer_group_id } } as any)
        expect(after.map((c) => c.email)).toEqual(["alice@dealer.example"])

        // Once out of A, Bob may join B.
        const moved = await api.post(`/admin/dealers/${b.id}/members`, { customer_id: bob.id }, admin)
        expect(moved.status).toBe(201)
      })

      it("refuses members of a dealer without a customer group by name, and still lets its members go", async () => {
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        const [carol, dan] = await customerModule.createCustomers([
          { email: "carol@dealer.example" },
          { email: "dan@dealer.example" },
        ])
        // A dealer written straight into the database (an import, a script), past the dealer API: no group.
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(`insert into dealer (id, code, name, role, status, currency_code) values ('dlr_by_sql', 'BYSQL', 'By SQL', 'dealer', 'active', 'eur')`)
        const noGroup = await api.post(`/admin/dealers/dlr_by_sql/members`, { customer_id: carol.id }, admin).catch((e: any) => e)
        expect(noGroup.response.status).toBe(400)
        expect(noGroup.response.data.message).toBe(
          "dealer_id: dealer BYSQL has no customer group (its members get the dealer's prices through it)"
        )

        const dealer = await createDealer({ code: "GONE", name: "Group gone" })
        const { data } = await api.post(`/admin/dealers/${dealer.id}/members`, { customer_id: carol.id }, admin)
        await customerModule.deleteCustomerGroups([dealer.customer_group_id])
        const deleted = await api.post(`/admin/dealers/${dealer.id}/members`, { customer_id: dan.id }, admin).catch((e: any) => e)
        expect(deleted.response.status).toBe(400)
        expect(deleted.response.data.message).toMatch(
          new RegExp(`dealer GONE has no customer group .*; group ${dealer.customer_group_id} was deleted$`)
        )
        const removed = await api.delete(`/admin/dealers/${dealer.id}/members/${data.member.id}`, admin)
        expect(removed.status).toBe(200)
        const members = await api.get(`/admin/dealers/${dealer.id}/members`, admin)
        expect(members.data.members).toEqual([])
      })
    })
  },
})
