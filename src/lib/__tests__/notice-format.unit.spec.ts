import { deviationAlertText, payoutPaidText, tierChangeText } from "../notice-format"

const huber = { code: "HUB", name: "Huber Werkzeuge" }

describe("notification texts", () => {
  it("a deviation alert names the dealer and formats money, percent and dates for people", () => {
    const figures = {
      currency_code: "eur",
      date: "2026-11-20",
      target_amount: "150000.00",
      expected_to_date: "113777.70",
      actual_to_date: "90000.00",
      shortfall: "23777.70",
      deviation_percent: "-20.9",
    }
    expect(deviationAlertText("behind_plan", huber, figures, "en")).toBe(
      "Huber Werkzeuge (HUB) is €23,777.70 behind its plan for November 2026 on Nov 20, 2026 (-20.9%): €90,000.00 sold, €113,777.70 expected by now of €150,000.00."
    )
    expect(deviationAlertText("behind_plan", huber, figures, "ru")).toMatch(/23\s777,70\s€ behind its plan for ноябрь 2026/)
  })

  it("a tier change and a paid payout too", () => {
    const figures = {
      currency_code: "eur",
      turnover: [{ window_months: 3, amount: "620.95" }],
      from_tier: { name: "Bronze", window_months: 3, min_turnover: "0.00" },
      to_tier: { name: "Silver", window_months: 3, min_turnover: "500.00" },
    }
    expect(tierChangeText("promotion", huber, figures, "en")).toBe(
      "Huber Werkzeuge (HUB) is promoted to Silver: turnover of €620.95 over the last 3 months reached its threshold of €500.00."
    )
    expect(
      payoutPaidText(
        { dealer: huber, amount: "1250.1", currency_code: "eur", paid_at: "2026-12-03T09:00:00Z", reference: "BANK-77" },
        "en"
      )
    ).toBe("Reward payout of €1,250.10 to Huber Werkzeuge (HUB) was paid on Dec 3, 2026; bank reference BANK-77.")
  })
})
