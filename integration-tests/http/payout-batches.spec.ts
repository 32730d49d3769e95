import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { adminSession } from "../helpers/auth"
import { failure } from "../helpers/failure"

jest.setTimeout(600_000)

const HUBER_ACCOUNT = { holder: "Huber Werkzeuge GmbH", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", bank_name: "Commerzbank" }
const NOWAK_ACCOUNT = { holder: "Nowak Narzędzia", iban: "AT611904300234573201", bic: "BKAUATWW" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const rewards = () => getContainer().resolve<RewardsModuleService>(REWARDS_MODULE)
    const post = async (url: string, body: object) => (await api.post(url, body, admin)).data
    const get = async (url: string) => (await api.get(url, admin)).data

    /** A dealer with money in its wallet and approved cash payouts of these amounts. */
    async function dealerWithApprovedPayouts(code: string, amounts: number[]) {
      const { dealer } = await post("/admin/dealers", { code, name: `Dealer ${code}` })
      await rewards().moveWallet([
        { dealer_id: dealer.id, kind: "money", amount: "100000", currency_code: "eur", source_type: "accrual", source_id: `acc_${code}` },
      ])
      const payouts: string[] = []
      for (const amount of amounts) {
        const { payout } = await post(`/admin/dealers/${dealer.id}/payouts`, { amount, form: "cash" })
        await post(`/admin/dealer-payouts/${payout.id}/approve`, {})
        payouts.push(payout.id)
      }
      return { dealer, payouts }
    }

    it("keeps a dealer's bank accounts: IBAN and BIC checked naming the field, one default, masked for the store", async () => {
      const { dealer } = await post("/admin/dealers", { code: "BA1", name: "Bank Dealer" })
      const url = `/admin/dealers/${dealer.id}/bank-accounts`
      const refused = async (body: object) => (await failure(api.post(url, body, admin))).body.message
      expect(await refused({ ...HUBER_ACCOUNT, iban: "DE88370400440532013000" })).toBe("iban: has wrong check digits (mistyped?)")
      expect(await refused({ ...HUBER_ACCOUNT, bic: "COBADE1" })).toMatch(/^bic: must be 8 or 11/)
      expect(await refused({ ...HUBER_ACCOUNT, bic: "BNPAFRPP" })).toBe("bic: is a bank in FR, but the IBAN is from DE")
      expect(await refused({ ...HUBER_ACCOUNT, holder: "ООО Ромашка" })).toMatch(/^holder: banks take Latin letters/)
      expect((await get(url)).bank_accounts).toEqual([])

      const { bank_account: first } = await post(url, HUBER_ACCOUNT)
      expect(first).toMatchObject({ iban: "DE89370400440532013000", bic: "COBADEFFXXX", is_default: true })
      const { bank_account: second } = await post(url, { ...NOWAK_ACCOUNT, holder: "Bank Dealer" })
      expect(second.is_default).toBe(false)
      await post(`${url}/${second.id}`, { is_default: true })
      const accounts = (await get(url)).bank_accounts
      expect(accounts.map((a: any) => [a.id, a.is_default])).toEqual([
        [first.id, false],
        [second.id, true],
      ])
      // Removing the default makes the other one the default.
      await api.delete(`${url}/${second.id}`, admin)
      expect((await get(url)).bank_accounts.map((a: any) => [a.id, a.is_default])).toEqual([[first.id, true]])
    })

    it("exports approved cash payouts of two dealers once as SEPA pain.001, gives the same file again, and marks the batch paid", async () => {
      const huber = await dealerWithApprovedPayouts("HUB", [1250.1, 0.2])
      const nowak = await dealerWithApprovedPayouts("NOW", [99.99])
      await post(`/admin/dealers/${huber.dealer.id}/bank-accounts`, HUBER_ACCOUNT)

      // Nowak has no account: refused by name, nothing exported.
      const missing = await failure(api.post("/admin/dealer-payout-batches", { format: "sepa_pain_001" }, admin))
      expect(missing.status).toBe(400)
      expect(missing.body.message).toBe(
        "No valid default bank account for Dealer NOW (NOW): add one on the dealer's page, then export again"
      )
      expect((await get(`/admin/dealer-payouts/${huber.payouts[0]}`)).payout.status).toBe("approved")

      await post(`/admin/dealers/${nowak.dealer.id}/bank-accounts`, NOWAK_ACCOUNT)
      const { batch } = await post("/admin/dealer-payout-batches", {
        format: "sepa_pain_001",
        execution_date: "2026-12-10",
        batch_booking: false,
      })
      expect(batch).toMatchObject({ status: "exported", payout_count: 3, total: "1350.29", currency_code: "eur", execution_date: "2026-12-10" })
      expect(batch.payouts.map((p: any) => [p.dealer.code, p.status, p.batch_id, p.bank_account.iban])).toEqual([
        ["HUB", "exported", batch.id, "DE89370400440532013000"],
        ["HUB", "exported", batch.id, "DE89370400440532013000"],
        ["NOW", "exported", batch.id, "AT611904300234573201"],
      ])

      const file = await api.get(`/admin/dealer-payout-batches/${batch.id}/file`, admin)
      expect(file.headers["content-type"]).toContain("application/xml")
      expect(file.data).toContain("<NbOfTxs>3</NbOfTxs>")
      expect(file.data).toContain("<CtrlSum>1350.29</CtrlSum>")
      expect(file.data).toContain("<BtchBookg>false</BtchBookg>")
      expect(file.data).toContain("<Nm>Nowak Narzedzia</Nm>")
      expect(file.data).toContain(`<Ustrd>Dealer NOW reward payout ${nowak.payouts[0]}</Ustrd>`)
      expect((await api.get(`/admin/dealer-payout-batches/${batch.id}/file`, admin)).data).toBe(file.data)

      // Once only: nothing approved is left, and an exported payout cannot join another batch.
      const empty = await failure(api.post("/admin/dealer-payout-batches", { format: "csv" }, admin))
      expect(empty.body.message).toBe("There are no approved cash payouts to export")
      const twice = await failure(api.post("/admin/dealer-payout-batches", { format: "csv", payout_ids: [huber.payouts[0]] }, admin))
      expect(twice.body.message).toBe(
        `payout_ids: ${huber.payouts[0]} not approved cash payouts outside any batch; only those can be exported`
      )

      // One payout paid on its own keeps its reference; the batch then pays the rest.
      await post(`/admin/dealer-payouts/${huber.payouts[1]}/mark-paid`, { reference: "OWN-1" })
      const { batch: paid } = await post(`/admin/dealer-payout-batches/${batch.id}/mark-paid`, { reference: "BANK-2026-77" })
      expect(paid).toMatchObject({ status: "paid", reference: "BANK-2026-77" })
      expect(paid.payouts.map((p: any) => [p.status, p.reference])).toEqual([
        ["paid", "BANK-2026-77"],
        ["paid", "OWN-1"],
        ["paid", "BANK-2026-77"],
      ])
      const again = await failure(api.post(`/admin/dealer-payout-batches/${batch.id}/mark-paid`, { reference: "X" }, admin))
      expect(again.body.message).toBe(`Payout batch ${batch.id} is paid; only an exported batch can be marked paid`)

      // The notice names the dealer and formats the money.
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: huber.payouts[0], channel: "feed" })
      expect(notifications[0].data?.description).toMatch(/^Reward payout of €1,250\.10 to Dealer HUB \(HUB\) was paid on .*; bank reference BANK-2026-77\.$/)
      expect(notifications[0].data).toMatchObject({ amount: "1250.1", currency_code: "eur" })

      const { batches } = await get("/admin/dealer-payout-batches?status=paid")
      expect(batches.map((b: any) => [b.id, b.total])).toEqual([[batch.id, "1350.29"]])
    })

    it("exports a CSV with the bank columns and refuses bad format and input by field", async () => {
      const { dealer, payouts } = await dealerWithApprovedPayouts("CSV", [10])
      await post(`/admin/dealers/${dealer.id}/bank-accounts`, HUBER_ACCOUNT)
      const bad = await failure(api.post("/admin/dealer-payout-batches", { format: "mt940" }, admin))
      expect(bad).toMatchObject({ status: 400 })
      expect(bad.body.message).toMatch(/^format: must be one of sepa_pain_001, csv/)
      const badDate = await failure(api.post("/admin/dealer-payout-batches", { format: "csv", execution_date: "2026-13-01" }, admin))
      expect(badDate.body.message).toMatch(/^execution_date:/)

      const { batch } = await post("/admin/dealer-payout-batches", { format: "csv", payout_ids: payouts, execution_date: "2026-12-04" })
      const csv = (await api.get(`/admin/dealer-payout-batches/${batch.id}/file`, admin)).data.trim().split("\n")
      expect(csv).toEqual([
        "execution_date,dealer_code,account_holder,iban,bic,bank_name,amount,currency_code,remittance,payout_id",
        `2026-12-04,CSV,Huber Werkzeuge GmbH,DE89370400440532013000,COBADEFFXXX,Commerzbank,10.00,EUR,Dealer CSV reward payout ${payouts[0]},${payouts[0]}`,
      ])
    })
  },
})
