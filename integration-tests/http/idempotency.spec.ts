import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { adminSession, createAdminHeaders, Headers } from "../helpers/auth"
import { failure } from "../helpers/failure"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)

    const rewards = () => getContainer().resolve<RewardsModuleService>(REWARDS_MODULE)
    const withKey = (key: string, caller: Headers = admin) => ({ headers: { ...caller.headers, "Idempotency-Key": key } })

    /** A dealer with money in its wallet, as an approved accrual would put it there. */
    async function fundedDealer(code: string, amount: string) {
      const { dealer } = (await api.post("/admin/dealers", { code, name: `Dealer ${code}` }, admin)).data
      await rewards().moveWallet([
        {
          dealer_id: dealer.id,
          kind: "money",
          amount,
          currency_code: "eur",
          source_type: "accrual",
          source_id: `test_accrual_${code}`,
        },
      ])
      return dealer
    }

    const moneyOf = async (dealerId: string) =>
      (await rewards().walletBalances(dealerId)).find((b) => b.kind === "money")?.balance
    const payoutsOf = (dealerId: string) => rewards().listDealerPayouts({ dealer_id: dealerId })

    it("creates one payout and debits the wallet once for two identical requests with one key", async () => {
      const dealer = await fundedDealer("ID1", "100")
      const body = { amount: 30, form: "cash", note: "Bonus" }
      const first = await api.post(`/admin/dealers/${dealer.id}/payouts`, body, withKey("payout-ID1-1"))
      const repeat = await api.post(`/admin/dealers/${dealer.id}/payouts`, body, withKey("payout-ID1-1"))

      expect(first.status).toBe(201)
      expect(repeat.status).toBe(201)
      expect(repeat.data).toEqual(first.data)
      expect(repeat.headers["idempotent-replayed"]).toBe("true")
      expect(first.headers["idempotent-replayed"]).toBeUndefined()
      expect(await payoutsOf(dealer.id)).toHaveLength(1)
      expect(await moneyOf(dealer.id)).toBe("70")

      // Another key is another payout; no key at all runs every time.
      await api.post(`/admin/dealers/${dealer.id}/payouts`, body, withKey("payout-ID1-2"))
      await api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 5, form: "cash" }, admin)
      await api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 5, form: "cash" }, admin)
      expect(await payoutsOf(dealer.id)).toHaveLength(4)
      expect(await moneyOf(dealer.id)).toBe("30")
    })

    it("refuses the same key with another body, route or dealer by naming the header, and moves nothing", async () => {
      const dealer = await fundedDealer("ID2", "100")
      const other = await fundedDealer("ID3", "100")
      await api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 30, form: "cash" }, withKey("k-ID2"))

      for (const [url, body] of [
        [`/admin/dealers/${dealer.id}/payouts`, { amount: 31, form: "cash" }],
        [`/admin/dealers/${other.id}/payouts`, { amount: 30, form: "cash" }],
        ["/admin/dealer-reward-accruals/approve", { ids: ["dracc_x"] }],
      ] as const) {
        const refused = await failure(api.post(url, body, withKey("k-ID2")))
        expect(refused.status).toBe(422)
        expect(refused.message).toBe(
          "Idempotency-Key: this key was used for a different request (route, ids or body); use a new key"
        )
      }
      expect(await payoutsOf(dealer.id)).toHaveLength(1)
      expect(await payoutsOf(other.id)).toHaveLength(0)
      expect(await moneyOf(dealer.id)).toBe("70")
      expect(await moneyOf(other.id)).toBe("100")

      // The same body in another key order is the same request.
      const reordered = await api.post(`/admin/dealers/${dealer.id}/payouts`, { form: "cash", amount: 30 }, withKey("k-ID2"))
      expect(reordered.headers["idempotent-replayed"]).toBe("true")
      // Keys belong to their caller: another admin's same key is its own request.
      const colleague = await createAdminHeaders(getContainer())
      const theirs = await api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 30, form: "cash" }, withKey("k-ID2", colleague))
      expect(theirs.headers["idempotent-replayed"]).toBeUndefined()
      expect(await moneyOf(dealer.id)).toBe("40")
    })

    it("runs one of several simultaneous requests with one key; the others get its answer", async () => {
      const dealer = await fundedDealer("ID4", "100")
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          api
            .post(`/admin/dealers/${dealer.id}/payouts`, { amount: 40, form: "cash" }, withKey("k-ID4"))
            .catch((error: any) => error.response)
        )
      )
      const payouts = await payoutsOf(dealer.id)
      expect(payouts).toHaveLength(1)
      expect(await moneyOf(dealer.id)).toBe("60")
      for (const answer of answers) {
        // A repeat waits for the first answer; only a very slow first request leaves a 409.
        if (answer.status === 409) expect(answer.data.message).toContain("Idempotency-Key: a request with this key is still running")
        else expect(answer).toMatchObject({ status: 201, data: { payout: { id: payouts[0].id } } })
      }
      expect(answers.filter((a) => a.status === 201 && !a.headers["idempotent-replayed"])).toHaveLength(1)
    })

    it("replays an accrual approval and a payout's approval, export and payment without moving money again", async () => {
      const dealer = await fundedDealer("ID5", "0")
      const [accrual] = await rewards().createDealerRewardAccruals([
        {
          dealer_id: dealer.id,
          program_id: "drprg_test",
          rule_id: "drrul_test",
          period_key: "2026-10",
          kind: "money",
          amount: 80 as unknown as number,
          earned_to_date: 80 as unknown as number,
          currency_code: "eur",
          explanation: {},
        },
      ])
      const approve = () => api.post("/admin/dealer-reward-accruals/approve", { ids: [accrual.id] }, withKey("approve-ID5"))
      const first = await approve()
      const repeat = await approve()
      expect(first.data).toEqual({ approved: [accrual.id], skipped: [] })
      // The first answer, not "skipped" as a second run would say.
      expect(repeat.data).toEqual(first.data)
      expect(await moneyOf(dealer.id)).toBe("80")
      const entries = await rewards().listDealerWalletEntries({ dealer_id: dealer.id, source_id: accrual.id })
      expect(entries).toHaveLength(1)

      const { payout } = (await api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 50, form: "cash" }, admin)).data
      for (let i = 0; i < 2; i++) {
        expect((await api.post(`/admin/dealer-payouts/${payout.id}/approve`, {}, withKey("approve-payout"))).data.payout.status).toBe(
          "approved"
        )
      }
      await api.post(
        `/admin/dealers/${dealer.id}/bank-accounts`,
        { holder: "Dealer ID5", iban: "DE89370400440532013000", bic: "COBADEFFXXX" },
        admin
      )
      const exportBody = { format: "csv", payout_ids: [payout.id] }
      const exports = [
        await api.post("/admin/dealer-payout-batches", exportBody, withKey("export-ID5")),
        await api.post("/admin/dealer-payout-batches", exportBody, withKey("export-ID5")),
      ]
      // The same batch again, though the payout is no longer approved.
      expect(exports[1].data).toEqual(exports[0].data)
      expect(exports[1].headers["idempotent-replayed"]).toBe("true")
      expect(exports[1].data.batch.payouts.map((p: any) => p.id)).toEqual([payout.id])
      for (let i = 0; i < 2; i++) {
        const paid = await api.post(`/admin/dealer-payouts/${payout.id}/mark-paid`, { reference: "BANK-1" }, withKey("paid-ID5"))
        expect(paid.data.payout).toMatchObject({ status: "paid", reference: "BANK-1" })
      }
      expect(await moneyOf(dealer.id)).toBe("30")
    })

    it("replays a refusal, spends no key on invalid input, and refuses a malformed key", async () => {
      const dealer = await fundedDealer("ID6", "10")
      const tooMuch = () => failure(api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 20, form: "cash" }, withKey("k-ID6")))
      const refused = await tooMuch()
      expect(refused.status).toBe(400)
      expect(await tooMuch()).toEqual(refused)

      const invalid = await failure(api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: -1, form: "cash" }, withKey("k-ID6b")))
      expect(invalid.status).toBe(400)
      const valid = await api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 4, form: "cash" }, withKey("k-ID6b"))
      expect(valid.status).toBe(201)
      expect(await moneyOf(dealer.id)).toBe("6")

      for (const key of ["", "x".repeat(256), "key with spaces"]) {
        const bad = await failure(api.post(`/admin/dealers/${dealer.id}/payouts`, { amount: 1, form: "cash" }, withKey(key)))
        expect(bad).toMatchObject({ status: 400, message: "Idempotency-Key: must be 1 to 255 visible ASCII characters" })
      }
      expect(await moneyOf(dealer.id)).toBe("6")
    })
  },
})
