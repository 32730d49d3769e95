import { currencyPrecision, moneyString, ratioPercent, rawAmount } from "../amounts"

describe("amounts", () => {
  it("answers money with the currency's precision", () => {
    expect(moneyString("90000", "eur")).toBe("90000.00")
    expect(moneyString(-400, "EUR")).toBe("-400.00")
    expect(moneyString("1234.565", "eur")).toBe("1234.57")
    expect(moneyString("1500", "jpy")).toBe("1500")
    expect(currencyPrecision("kwd")).toBe(3)
  })

  it("takes the exact digits of a bigNumber from its raw twin", () => {
    expect(rawAmount({ amount: 0.1, raw_amount: { value: "0.10000000000000001" } }, "amount")).toBe(
      "0.10000000000000001"
    )
    expect(rawAmount({ amount: 12 }, "amount")).toBe("12")
  })

  it("has no attainment without a positive target", () => {
    expect(ratioPercent("80000", "210000")).toBe("38.10")
    expect(ratioPercent("320.5", "1000")).toBe("32.05")
    expect(ratioPercent("2", "3")).toBe("66.67")
    expect(ratioPercent("0.005", "1")).toBe("0.50")
    expect(ratioPercent("5", "0")).toBeNull()
    expect(ratioPercent("5", "-10")).toBeNull()
  })
})
