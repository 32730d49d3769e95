import { bicProblem, ibanProblem, maskIban, normalizeIban, sepaText } from "../bank-account"

describe("bank account checks", () => {
  it("accepts a German IBAN typed with spaces and lower case, and stores it electronic", () => {
    expect(ibanProblem("de89 3704 0044 0532 0130 00")).toBeNull()
    expect(normalizeIban("de89 3704 0044 0532 0130 00")).toBe("DE89370400440532013000")
  })

  it("names what is wrong with an IBAN", () => {
    expect(ibanProblem("DE88370400440532013000")).toBe("has wrong check digits (mistyped?)")
    expect(ibanProblem("DE8937040044053201300")).toBe("has the wrong length for its country")
    expect(ibanProblem("")).toBe("is required")
    // Valid, but Brazil is outside SEPA: no credit transfer reaches it.
    expect(ibanProblem("BR1800360305000010009795493C1")).toBe("is from BR, outside the SEPA area")
  })

  it("checks a BIC's form and that its country is the IBAN's", () => {
    expect(bicProblem("COBADEFFXXX", "DE89370400440532013000")).toBeNull()
    expect(bicProblem("cobadeff")).toBeNull()
    expect(bicProblem("COBADE1")).toMatch(/^must be 8 or 11/)
    expect(bicProblem("BNPAFRPP", "DE89370400440532013000")).toBe("is a bank in FR, but the IBAN is from DE")
  })

  it("masks all but the country, check digits and last four", () => {
    expect(maskIban("DE89370400440532013000")).toBe("DE89 **** **** 3000")
  })

  it("keeps names in the SEPA character set, dropping accents, refusing other scripts", () => {
    expect(sepaText("Müller & Söhne  GmbH")).toBe("Muller + Sohne GmbH")
    expect(sepaText("Straße 5")).toBe("Strasse 5")
    expect(sepaText("ООО Ромашка")).toBeNull()
  })
})
