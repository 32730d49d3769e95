import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { adminRequests, adminSession } from "../helpers/auth"
import { errorResponse as fail } from "../helpers/failure"

jest.setTimeout(120_000)

const iso = (value: string) => new Date(value).toISOString()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)

    const requests = adminRequests(api, admin)
    const createDealer = (code: string, name = `Dealer ${code}`) => requests.createDealer({ code, name })

    const createDraft = async (dealerId: string, body: Record<string, unknown> = {}) => {
      const response = await api.post(
        `/admin/dealers/${dealerId}/agreements`,
        { valid_from: "2025-01-01T00:00:00.000Z", valid_to: "2099-12-31T00:00:00.000Z", ...body },
        admin
      )
      expect(response.status).toBe(201)
      return response.data.agreement
    }

    describe("auth", () => {
      it("refuses every agreement route without an admin session", async () => {
        for (const [method, url] of [
          ["get", "/admin/dealer-agreements"],
          ["get", "/admin/dealer-agreements/dagr_x"],
          ["post", "/admin/dealer-agreements/dagr_x/activate"],
          ["post", "/admin/dealer-agreements/expire"],
          ["get", "/admin/dealers/dlr_x/agreements"],
          ["post", "/admin/dealers/dlr_x/agreements"],
        ] as const) {
          const error = await (api as any)[method](url).catch((e: any) => e)
          expect(error.response.status).toBe(401)
        }
      })
    })

    describe("drafts", () => {
      it("creates numbered drafts and lists them per dealer and across dealers", async () => {
        const acme = await createDealer("ACME", "Acme Tools")
        const other = await createDealer("BOLT", "Bolt Supply")

        const first = await createDraft(acme.id, {
          min_monthly_turnover: 5000,
          min_annual_turnover: 70000,
          interaction_rules: "Orders through the B2B channel only",
          discount_percent: 12.5,
          payment_terms_days: 30,
          credit_limit: 10000,
          conflict_policy: "split",
          split_share_percent: 40,
          support_commitments: { training: "4 sessions a year", marketing: { budget: 5000 } },
          payout_form: "cash",
          metadata: { signed_by: "CEO" },
        })
        expect(first).toMatchObject({
          number: "AGR-ACME-001",
          version: 1,
          status: "draft",
          dealer_id: acme.id,
          dealer: { code: "ACME", name: "Acme Tools" },
          valid_from: "2025-01-01T00:00:00.000Z",
          valid_to: "2099-12-31T00:00:00.000Z",
          interaction_rules: "Orders through the B2B channel only",
          payment_terms_days: 30,
          conflict_policy: "split",
          support_commitments: { training: "4 sessions a year", marketing: { budget: 5000 } },
          payout_form: "cash",
          is_in_force: false,
        })
        expect(Number(first.discount_percent)).toBe(12.5)
        expect(Number(first.credit_limit)).toBe(10000)
        expect(Number(first.split_share_percent)).toBe(40)
        expect(Number(first.min_annual_turnover)).toBe(70000)

        const second = await createDraft(acme.id)
        expect(second).toMatchObject({
          number: "AGR-ACME-002",
          conflict_policy: "manual_review",
          payout_form: "receivable_offset",
        })
        const custom = await createDraft(acme.id, { number: "ACME/2026/7" })
        expect(custom.number).toBe("ACME/2026/7")
        await createDraft(other.id)

        const duplicate = await fail(
          api.post(`/admin/dealers/${other.id}/agreements`, { number: "ACME/2026/7", valid_from: "2026-01-01" }, admin)
        )
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.message).toBe("number: agreement ACME/2026/7 already exists")

        const own = await api.get(`/admin/dealers/${acme.id}/agreements`, admin)
        expect(own.data.count).toBe(3)
        expect(own.data.agreements.map((a: any) => a.number)).toEqual([
          "ACME/2026/7",
          "AGR-ACME-002",
          "AGR-ACME-001",
        ])
        const byNumber = await api.get(`/admin/dealers/${acme.id}/agreements?number=AGR-ACME-001`, admin)
        expect(byNumber.data.agreements.map((a: any) => a.id)).toEqual([first.id])
        const active = await api.get(`/admin/dealers/${acme.id}/agreements?status=active`, admin)
        expect(active.data.agreements).toEqual([])

        const all = await api.get("/admin/dealer-agreements?order=number", admin)
        expect(all.data.count).toBe(4)
        expect(all.data.agreements.map((a: any) => [a.number, a.dealer.code])).toEqual([
          ["ACME/2026/7", "ACME"],
          ["AGR-ACME-001", "ACME"],
          ["AGR-ACME-002", "ACME"],
          ["AGR-BOLT-001", "BOLT"],
        ])
        const ofBolt = await api.get(`/admin/dealer-agreements?dealer_id=${other.id}`, admin)
        expect(ofBolt.data.agreements.map((a: any) => a.number)).toEqual(["AGR-BOLT-001"])
        const searched = await api.get("/admin/dealer-agreements?q=2026", admin)
        expect(searched.data.agreements.map((a: any) => a.number)).toEqual(["ACME/2026/7"])
        const drafts = await api.get("/admin/dealer-agreements?status=draft&limit=2", admin)
        expect(drafts.data).toMatchObject({ count: 4, limit: 2, offset: 0 })
        expect(drafts.data.agreements).toHaveLength(2)

        const detail = await api.get(`/admin/dealer-agreements/${first.id}`, admin)
        expect(detail.data.agreement).toMatchObject({ id: first.id, is_in_force: false, dealer: { code: "ACME" } })
      })

      it("answers bad input with a 400 naming the field", async () => {
        const dealer = await createDealer("VAL")
        const url = `/admin/dealers/${dealer.id}/agreements`
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ valid_from: "2026-01-01", conflict_policy: "split" }, /split_share_percent/],
          [{ valid_from: "2026-01-01", conflict_policy: "split", split_share_percent: null }, /split_share_percent/],
          [{ valid_from: "2026-06-01", valid_to: "2026-01-01" }, /valid_to/],
          [{ valid_from: "2026-06-01", valid_to: "2026-06-01" }, /valid_to/],
          [{ valid_from: "2026-01-01", payout_form: "gold_bars" }, /payout_form/],
          [{ valid_from: "2026-01-01", conflict_policy: "coin_toss" }, /conflict_policy/],
          [{ valid_from: "2026-01-01", discount_percent: 150 }, /discount_percent/],
          [{ valid_from: "2026-01-01", split_share_percent: -1 }, /split_share_percent/],
          [{ valid_from: "2026-01-01", payment_terms_days: 1.5 }, /payment_terms_days/],
          [{ valid_from: "2026-01-01", payment_terms_days: -3 }, /payment_terms_days/],
          [{ valid_from: "2026-01-01", credit_limit: -100 }, /credit_limit/],
          [{ valid_from: "not a date" }, /valid_from/],
          [{ valid_to: "2026-01-01" }, /valid_from/],
          [{ valid_from: "2026-01-01", dealer_id: "dlr_other" }, /dealer_id/],
          [{ valid_from: "2026-01-01", support_commitments: { trainings_per_year: -1 } }, /^support_commitments\.trainings_per_year:/],
          [{ valid_from: "2026-01-01", support_commitments: { co_marketing_share_percent: 120 } }, /^support_commitments\.co_marketing_share_percent:/],
          [{ valid_from: "2026-01-01", support_commitments: { co_marketing_budget: "lots" } }, /^support_commitments\.co_marketing_budget:/],
          [{ valid_from: "2026-01-01", support_commitments: { event_share_from_money: "yes" } }, /^support_commitments\.event_share_from_money:/],
          [{ valid_from: "2026-01-01", price_terms: [{ variant_id: "variant_x", amount: 5, min_quantity: 10, max_quantity: 5 }] }, /^price_terms\.0\.max_quantity:/],
        ]
        for (const [body, message] of cases) {
          const response = await fail(api.post(url, body, admin))
          expect({ body, status: response.status }).toEqual({ body, status: 400 })
          expect(response.data.message).toMatch(message)
        }

        const missingPriceList = await fail(
          api.post(url, { valid_from: "2026-01-01", price_list_id: "plist_missing" }, admin)
        )
        expect(missingPriceList.status).toBe(404)
        expect(missingPriceList.data.message).toMatch(/^price_list_id:/)

        const list = await api.get(url, admin)
        expect(list.data.count).toBe(0)
      })

      it("keeps the support commitments the admin form writes, beside a contract's own keys", async () => {
        const dealer = await createDealer("SUP")
        const support = {
          trainings_per_year: 4,
          materials: "Catalogues and a shop display",
          co_marketing_budget: 12000,
          co_marketing_share_percent: 50,
          event_share_from_money: true,
          demo_vans: 2,
        }
        const draft = await createDraft(dealer.id, { support_commitments: support })
        expect(draft.support_commitments).toEqual(support)
      })

      it("updates and deletes drafts", async () => {
        const dealer = await createDealer("DR")
        const draft = await createDraft(dealer.id)

        const updated = await api.post(
          `/admin/dealer-agreements/${draft.id}`,
          { credit_limit: 5000, payout_form: "marketing_points", valid_to: "2030-01-01T00:00:00.000Z" },
          admin
        )
        expect(updated.data.agreement).toMatchObject({
          payout_form: "marketing_points",
          valid_to: "2030-01-01T00:00:00.000Z",
          status: "draft",
        })
        expect(Number(updated.data.agreement.credit_limit)).toBe(5000)

        // Checked against the stored draft: split needs a share, the end must follow the start.
        const noShare = await fail(api.post(`/admin/dealer-agreements/${draft.id}`, { conflict_policy: "split" }, admin))
        expect(noShare.status).toBe(400)
        expect(noShare.data.message).toMatch(/^split_share_percent:/)
        const endBeforeStart = await fail(
          api.post(`/admin/dealer-agreements/${draft.id}`, { valid_to: "2024-01-01" }, admin)
        )
        expect(endBeforeStart.status).toBe(400)
        expect(endBeforeStart.data.message).toMatch(/^valid_to:/)

        const deleted = await api.delete(`/admin/dealer-agreements/${draft.id}`, admin)
        expect(deleted.data).toEqual({ id: draft.id, object: "dealer_agreement", deleted: true })
        const gone = await fail(api.get(`/admin/dealer-agreements/${draft.id}`, admin))
        expect(gone.status).toBe(404)
      })
    })

    describe("lifecycle", () => {
      it("activates, refuses edits of a signed agreement, versions it from a date and terminates it", async () => {
        const dealer = await createDealer("LC", "Lifecycle Ltd")
        const draft = await createDraft(dealer.id, { credit_limit: 10000, payment_terms_days: 30 })

        const activated = await api.post(`/admin/dealer-agreements/${draft.id}/activate`, {}, admin)
        expect(activated.data.agreement).toMatchObject({ status: "active", is_in_force: true })
        expect(activated.data.agreement.activated_at).toBeTruthy()
        expect((await api.get(`/admin/dealers/${dealer.id}`, admin)).data.dealer.status).toBe("active")

        const again = await fail(api.post(`/admin/dealer-agreements/${draft.id}/activate`, {}, admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/only a draft can be activated/)

        const edit = await fail(api.post(`/admin/dealer-agreements/${draft.id}`, { credit_limit: 1 }, admin))
        expect(edit.status).toBe(400)
        expect(edit.data.message).toMatch(/is active; only a draft can be changed/)
        expect(edit.data.message).toMatch(/create a new version/)

        const remove = await fail(api.delete(`/admin/dealer-agreements/${draft.id}`, admin))
        expect(remove.status).toBe(400)
        expect(remove.data.message).toMatch(/only a draft can be deleted/)

        const outside = await fail(
          api.post(`/admin/dealer-agreements/${draft.id}/versions`, { effective_from: "2024-06-01" }, admin)
        )
        expect(outside.status).toBe(400)
        expect(outside.data.message).toMatch(/^effective_from:/)
        const endsFirst = await fail(
          api.post(
            `/admin/dealer-agreements/${draft.id}/versions`,
            { effective_from: "2025-07-01", valid_to: "2025-06-01" },
            admin
          )
        )
        expect(endsFirst.status).toBe(400)
        expect(endsFirst.data.message).toMatch(/valid_to/)
        const splitWithoutShare = await fail(
          api.post(
            `/admin/dealer-agreements/${draft.id}/versions`,
            { effective_from: "2025-07-01", conflict_policy: "split" },
            admin
          )
        )
        expect(splitWithoutShare.status).toBe(400)
        expect(splitWithoutShare.data.message).toMatch(/^split_share_percent:/)

        const versioned = await api.post(
          `/admin/dealer-agreements/${draft.id}/versions`,
          { effective_from: "2025-07-01T00:00:00.000Z", credit_limit: 25000 },
          admin
        )
        expect(versioned.status).toBe(201)
        const v2 = versioned.data.agreement
        expect(v2).toMatchObject({
          number: "AGR-LC-001",
          version: 2,
          status: "active",
          supersedes_id: draft.id,
          valid_from: "2025-07-01T00:00:00.000Z",
          valid_to: "2099-12-31T00:00:00.000Z",
          payment_terms_days: 30,
          is_in_force: true,
        })
        expect(Number(v2.credit_limit)).toBe(25000)

        for (const id of [draft.id, v2.id]) {
          const history = await api.get(`/admin/dealer-agreements/${id}/versions`, admin)
          expect(history.data.count).toBe(2)
          expect(
            history.data.agreements.map((a: any) => [a.version, a.status, a.valid_from, a.valid_to, a.is_in_force])
          ).toEqual([
            [1, "expired", iso("2025-01-01"), iso("2025-07-01"), false],
            [2, "active", iso("2025-07-01"), iso("2099-12-31"), true],
          ])
        }

        const noReason = await fail(api.post(`/admin/dealer-agreements/${v2.id}/terminate`, {}, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)

        const terminated = await api.post(
          `/admin/dealer-agreements/${v2.id}/terminate`,
          { reason: "Sold outside its zone" },
          admin
        )
        expect(terminated.data.agreement).toMatchObject({
          status: "terminated",
          termination_reason: "Sold outside its zone",
          is_in_force: false,
        })
        expect(new Date(terminated.data.agreement.valid_to).getTime()).toBeLessThanOrEqual(Date.now())
        expect((await api.get(`/admin/dealers/${dealer.id}`, admin)).data.dealer.status).toBe("terminated")

        const twice = await fail(
          api.post(`/admin/dealer-agreements/${v2.id}/terminate`, { reason: "again" }, admin)
        )
        expect(twice.status).toBe(400)
      })

      it("a program created in the admin gets as participants the dealers whose agreement in force lists it", async () => {
        const dealer = await createDealer("PART", "Participant GmbH")
        const { program } = (
          await api.post(
            "/admin/dealer-reward-programs",
            { code: "ADMIN-MADE", name: "Made in the admin", period_type: "month", valid_from: "2025-01-01", status: "active", currency_code: "eur" },
            admin
          )
        ).data
        const participants = async () => {
          const { close } = (
            await api.post("/admin/dealer-reward-periods/close", { period: "2026-03", program_ids: [program.id] }, admin)
          ).data
          return close.programs.map((closed: { code: string; participants: number }) => [closed.code, closed.participants])
        }
        const draft = await createDraft(dealer.id, { reward_program_ids: [program.id] })
        expect(await participants()).toEqual([["ADMIN-MADE", 0]])

        await api.post(`/admin/dealer-agreements/${draft.id}/activate`, {}, admin)
        expect(await participants()).toEqual([["ADMIN-MADE", 1]])
        const { dealer: activated } = (await api.get(`/admin/dealers/${dealer.id}?fields=id,status`, admin)).data
        expect(activated.status).toBe("active")
      })

      it("hands over to a new contract: activating a second agreement ends the first where it starts", async () => {
        const dealer = await createDealer("HO")
        const first = await createDraft(dealer.id)
        await api.post(`/admin/dealer-agreements/${first.id}/activate`, {}, admin)
        const second = await createDraft(dealer.id, { valid_from: "2025-09-01T00:00:00.000Z" })
        await api.post(`/admin/dealer-agreements/${second.id}/activate`, {}, admin)

        const { data } = await api.get(`/admin/dealers/${dealer.id}/agreements?order=number`, admin)
        expect(data.agreements.map((a: any) => [a.number, a.status, a.valid_to, a.is_in_force])).toEqual([
          ["AGR-HO-001", "expired", iso("2025-09-01"), false],
          ["AGR-HO-002", "active", iso("2099-12-31"), true],
        ])
      })
    })

    describe("contract-wide termination and numbering", () => {
      it("terminating a contract also stops a version scheduled to start later", async () => {
        const dealer = await createDealer("SCH")
        const v1 = await createDraft(dealer.id)
        await api.post(`/admin/dealer-agreements/${v1.id}/activate`, {}, admin)
        const v2 = (
          await api.post(
            `/admin/dealer-agreements/${v1.id}/versions`,
            { effective_from: "2098-01-01T00:00:00.000Z", discount_percent: 5 },
            admin
          )
        ).data.agreement
        // Both are active: v1 until 2098, v2 from then on.
        expect(v2).toMatchObject({ status: "active", is_in_force: false })

        await api.post(`/admin/dealer-agreements/${v1.id}/terminate`, { reason: "Company closed" }, admin)

        const history = await api.get(`/admin/dealer-agreements/${v1.id}/versions`, admin)
        expect(history.data.agreements.map((a: any) => [a.version, a.status, a.termination_reason])).toEqual([
          [1, "terminated", "Company closed"],
          [2, "terminated", "Company closed"],
        ])
        const scheduled = history.data.agreements[1]
        expect(scheduled.valid_to).toBe(scheduled.valid_from)
        expect((await api.get(`/admin/dealers/${dealer.id}`, admin)).data.dealer.status).toBe("terminated")
      })

      it("terminating a dealer ends its agreement in force with the termination's date and reason", async () => {
        const dealer = await createDealer("TERM")
        const agreement = await createDraft(dealer.id)
        await api.post(`/admin/dealer-agreements/${agreement.id}/activate`, {}, admin)

        const noReason = await fail(api.post(`/admin/dealers/${dealer.id}`, { status: "terminated" }, admin))
        expect([noReason.status, noReason.data.message]).toEqual([
          400,
          "termination: a reason is required to terminate a dealer: { reason, terminated_at? }",
        ])
        const reasonWithoutTermination = await fail(
          api.post(`/admin/dealers/${dealer.id}`, { status: "suspended", termination: { reason: "Closed" } }, admin)
        )
        expect([reasonWithoutTermination.status, reasonWithoutTermination.data.message]).toEqual([
          400,
          'termination: goes only with status "terminated"',
        ])
        expect((await api.get(`/admin/dealer-agreements/${agreement.id}`, admin)).data.agreement.status).toBe("active")

        const { dealer: terminated } = (
          await api.post(
            `/admin/dealers/${dealer.id}`,
            { status: "terminated", termination: { reason: "Insolvency of the dealer", terminated_at: "2026-03-31T00:00:00.000Z" } },
            admin
          )
        ).data
        expect(terminated.status).toBe("terminated")

        const history = await api.get(`/admin/dealer-agreements/${agreement.id}/versions`, admin)
        expect(
          history.data.agreements.map((a: any) => [a.version, a.status, a.termination_reason, a.terminated_at, a.valid_to, a.is_in_force])
        ).toEqual([[1, "terminated", "Insolvency of the dealer", iso("2026-03-31"), iso("2026-03-31"), false]])
      })

      it("numbers after the dealer's highest number, not after other dealers' with a similar code", async () => {
        const a = await createDealer("A")
        const ab = await createDealer("A-B")
        const a_b = await createDealer("A_B")
        await createDraft(ab.id)
        await createDraft(ab.id)
        expect((await createDraft(a.id)).number).toBe("AGR-A-001")
        await createDraft(a.id, { number: "AGR-A-005" })
        expect((await createDraft(a.id)).number).toBe("AGR-A-006")
        expect((await createDraft(a_b.id)).number).toBe("AGR-A_B-001")
      })
    })

    describe("expiry", () => {
      it("expires active agreements whose validity has ended, on demand", async () => {
        const dealer = await createDealer("EXP")
        const agreement = await createDraft(dealer.id)
        const lasting = await createDraft((await createDealer("KEEP")).id)
        await api.post(`/admin/dealer-agreements/${agreement.id}/activate`, {}, admin)
        await api.post(`/admin/dealer-agreements/${lasting.id}/activate`, {}, admin)

        // An agreement cannot be activated after its end, so the end is moved into the past here.
        const service = getContainer().resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
        await service.updateDealerAgreements({ id: agreement.id, valid_to: new Date(Date.now() - 60_000) })

        const expired = await api.post("/admin/dealer-agreements/expire", {}, admin)
        expect(expired.status).toBe(200)
        expect(expired.data).toEqual({ expired_ids: [agreement.id] })

        const detail = await api.get(`/admin/dealer-agreements/${agreement.id}`, admin)
        expect(detail.data.agreement).toMatchObject({ status: "expired", is_in_force: false })
        const kept = await api.get(`/admin/dealer-agreements/${lasting.id}`, admin)
        expect(kept.data.agreement).toMatchObject({ status: "active", is_in_force: true })

        const rerun = await api.post("/admin/dealer-agreements/expire", {}, admin)
        expect(rerun.data).toEqual({ expired_ids: [] })
      })
    })

    describe("unknown ids", () => {
      it("answers 404", async () => {
        for (const [method, url, body] of [
          ["get", "/admin/dealer-agreements/dagr_missing"],
          ["post", "/admin/dealer-agreements/dagr_missing", { credit_limit: 1 }],
          ["delete", "/admin/dealer-agreements/dagr_missing"],
          ["post", "/admin/dealer-agreements/dagr_missing/activate", {}],
          ["get", "/admin/dealer-agreements/dagr_missing/versions"],
          ["post", "/admin/dealer-agreements/dagr_missing/versions", { effective_from: "2026-01-01" }],
          ["post", "/admin/dealer-agreements/dagr_missing/terminate", { reason: "x" }],
          ["get", "/admin/dealers/dlr_missing/agreements"],
          ["post", "/admin/dealers/dlr_missing/agreements", { valid_from: "2026-01-01" }],
        ] as const) {
          const request =
            method === "post" ? api.post(url, body, admin) : (api as any)[method](url, admin)
          const response = await fail(request)
          expect({ url, method, status: response.status }).toEqual({ url, method, status: 404 })
        }
      })
    })
  },
})
