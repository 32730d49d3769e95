import { amountProblem, decimalInputProblem, echo, MAX_AMOUNT } from "../input-bounds"

describe("amount bounds", () => {
  it("takes amounts from 0 to a trillion with up to 4 decimals, as numbers or decimal strings", () => {
    for (const value of [0, "0", 19.99, "1500.2500", MAX_AMOUNT, 1e12]) expect(amountProblem(value)).toBeNull()
  })

  it("says the bound a value breaks", () => {
    expect(amountProblem(1e21)).toBe("must be at most 1000000000000")
    expect(amountProblem(1e308)).toBe("must be at most 1000000000000")
    expect(amountProblem(`9${"0".repeat(309)}`)).toBe("must be at most 1000000000000")
    expect(amountProblem(Infinity)).toBe("must be a finite number")
    expect(amountProblem(NaN)).toBe("must be a finite number")
    expect(amountProblem(-1)).toBe("must not be negative")
    expect(amountProblem(0.00001)).toBe("must have at most 4 decimals")
    expect(amountProblem("12.345", { decimals: 2 })).toBe("must have at most 2 decimals")
    expect(amountProblem(0, { positive: true })).toBe("must be greater than 0")
    expect(amountProblem(101, { max: 100 })).toBe("must be at most 100")
  })

  it("takes negative thresholds down to minus the bound when signed", () => {
    expect(amountProblem(-10, { signed: true })).toBeNull()
    expect(amountProblem(-1e13, { signed: true })).toBe("must be at least -1000000000000")
  })
})

describe("decimal input", () => {
  it("takes a JSON number or a plain decimal string within the bounds", () => {
    expect(decimalInputProblem("1500.25")).toBeNull()
    expect(decimalInputProblem(-5, { signed: true })).toBeNull()
    expect(decimalInputProblem("1e3")).toBe("must be a decimal number")
    expect(decimalInputProblem(" 12")).toBe("must be a decimal number")
    expect(decimalInputProblem("0", { positive: true })).toBe("must be greater than 0")
  })
})

describe("echo", () => {
  it("quotes short values whole and long ones by their first 40 characters", () => {
    expect(echo("drprg_missing")).toBe("drprg_missing")
    expect(echo("x".repeat(90 * 1024))).toBe(`${"x".repeat(40)}…`)
    expect(echo({ a: 1 })).toBe('{"a":1}')
  })
})
