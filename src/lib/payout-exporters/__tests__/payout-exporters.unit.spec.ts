import { readFileSync } from "fs"
import { join } from "path"
import BigNumber from "bignumber.js"
import { parse } from "csv-parse/sync"
import { validateXML } from "xmllint-wasm"
import { payoutExporter, payoutExporters, registerPayoutExporter, remittanceText } from ".."
import type { PayoutFileInput } from "../types"

// The ISO 20022 schema as published (copied from the sepa.js repository's schema folder).
const PAIN_001_001_03_XSD = readFileSync(join(__dirname, "pain.001.001.03.xsd"), "utf8")

const transfer = (payoutId: string, dealerCode: string, amount: string, account: PayoutFileInput["transfers"][0]["account"]) => ({
  payout_id: payoutId,
  dealer_code: dealerCode,
  dealer_name: dealerCode,
  amount,
  currency_code: "EUR",
  account,
  remittance: remittanceText(dealerCode, payoutId),
})

const twoDealers: PayoutFileInput = {
  batch_id: "dpbat_01KBXW5S0GE3N3NQ8X2YV8T9ZP",
  created_at: new Date("2026-12-02T10:00:00Z"),
  execution_date: "2026-12-03",
  batch_booking: true,
  debtor: { name: "Werkzeug Maker GmbH", iban: "DE02120300000000202051", bic: "BYLADEM1001" },
  transfers: [
    transfer("dpout_01KBXW5S0GE3N3NQ8X2YV8T9A1", "HUB", "1250.10", {
      holder: "Huber Werkzeuge GmbH",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      bank_name: "Commerzbank",
    }),
    transfer("dpout_01KBXW5S0GE3N3NQ8X2YV8T9A2", "HUB", "0.20", {
      holder: "Huber Werkzeuge GmbH",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      bank_name: "Commerzbank",
    }),
    transfer("dpout_01KBXW5S0GE3N3NQ8X2YV8T9A3", "NOW", "99999.99", {
      holder: "Nowak Sp. z o.o.",
      iban: "AT611904300234573201",
      bic: "BKAUATWW",
      bank_name: null,
    }),
  ],
}

const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, "g"))].map((m) => m[1])

describe("SEPA credit transfer (pain.001.001.03)", () => {
  const xml = payoutExporter("sepa_pain_001")!.build(twoDealers)

  it("is valid against the ISO 20022 schema", async () => {
    const result = await validateXML({
      xml: [{ fileName: "batch.xml", contents: xml }],
      schema: [{ fileName: "pain.001.001.03.xsd", contents: PAIN_001_001_03_XSD }],
    })
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it("counts the transfers and sums them to the cent, in the header and the payment block", () => {
    const exact = twoDealers.transfers.reduce((sum, t) => sum.plus(t.amount), new BigNumber(0)).toFixed(2)
    expect(exact).toBe("101250.29")
    expect(tag(xml, "NbOfTxs")).toEqual(["3", "3"])
    expect(tag(xml, "CtrlSum")).toEqual([exact, exact])
    expect([...xml.matchAll(/<InstdAmt Ccy="EUR">([^<]*)<\/InstdAmt>/g)].map((m) => m[1])).toEqual(["1250.10", "0.20", "99999.99"])
  })

  it("pays each dealer's account from the debtor's, on the execution date, booked as one batch", () => {
    expect(tag(xml, "ReqdExctnDt")).toEqual(["2026-12-03"])
    expect(tag(xml, "BtchBookg")).toEqual(["true"])
    expect(tag(xml, "IBAN")).toEqual([
      "DE02120300000000202051",
      "DE89370400440532013000",
      "DE89370400440532013000",
      "AT611904300234573201",
    ])
    expect(tag(xml, "EndToEndId")).toEqual([
      "dpout-01KBXW5S0GE3N3NQ8X2YV8T9A1",
      "dpout-01KBXW5S0GE3N3NQ8X2YV8T9A2",
      "dpout-01KBXW5S0GE3N3NQ8X2YV8T9A3",
    ])
    expect(tag(xml, "Ustrd")[2]).toBe("Dealer NOW reward payout dpout_01KBXW5S0GE3N3NQ8X2YV8T9A3")
  })
})

describe("bank CSV", () => {
  it("has one row per transfer with the bank columns", () => {
    const rows = parse(payoutExporter("csv")!.build(twoDealers), { columns: true })
    expect(rows).toHaveLength(3)
    expect(rows[2]).toEqual({
      execution_date: "2026-12-03",
      dealer_code: "NOW",
      account_holder: "Nowak Sp. z o.o.",
      iban: "AT611904300234573201",
      bic: "BKAUATWW",
      bank_name: "",
      amount: "99999.99",
      currency_code: "EUR",
      remittance: "Dealer NOW reward payout dpout_01KBXW5S0GE3N3NQ8X2YV8T9A3",
      payout_id: "dpout_01KBXW5S0GE3N3NQ8X2YV8T9A3",
    })
  })
})

describe("exporter registry", () => {
  it("takes another bank format beside the built-in ones", () => {
    registerPayoutExporter({
      format: "fixed_width_test",
      label: "Test",
      file_extension: "txt",
      content_type: "text/plain",
      currencies: null,
      needs_debtor: false,
      build: (input) => input.transfers.map((t) => t.payout_id.padEnd(40) + t.amount).join("\n"),
    })
    expect(payoutExporters().map((e) => e.format)).toEqual(["sepa_pain_001", "csv", "fixed_width_test"])
    expect(payoutExporter("fixed_width_test")!.build(twoDealers).split("\n")).toHaveLength(3)
  })
})
