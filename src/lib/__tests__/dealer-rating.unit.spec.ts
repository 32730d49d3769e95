import {
  compareRated,
  defaultRatingPeriod,
  RATING_PERIOD_PATTERN,
  ratingPeriodEnded,
  ratingPeriodsEndingWith,
  DEFAULT_RATING_WEIGHTS,
  normaliseFigure,
  rateDealers,
  RATING_COMPONENT_RULES,
  ratingWeightsProblem,
  resolveRatingWeights,
  type RatingFacts,
} from "../dealer-rating"
import BigNumber from "bignumber.js"
import type { RatingComponent, RatingWeights } from "../../types/engagement"

const facts = (
  dealerId: string,
  raw: Partial<Record<RatingComponent, string | null>>,
  firstOrderAt: string | null = null
): RatingFacts => ({
  dealerId,
  code: dealerId.toUpperCase(),
  firstOrderAt,
  raw: {
    plan_attainment: null,
    sales_growth: null,
    focus_share: null,
    average_order_value: null,
    payment_discipline: null,
    events_attended: null,
    contest_results: null,
    ...raw,
  },
  detail: {} as RatingFacts["detail"],
})

const byComponent = (dealer: ReturnType<typeof rateDealers>[number]) =>
  Object.fromEntries(dealer.components.map((c) => [c.component, [c.normalised, c.points]]))

describe("the best-dealer rating", () => {
  it("scales each figure against the network's best, payment discipline on a fixed scale, and weighs them", () => {
    // Default weights 25/15/10/10/20/10/10 (sum 100). Best: attainment 120 %, growth 20 %,
    // focus share 50 %, average order 1000, events 2, contest placing 100.
    const [a, b, c] = rateDealers(
      [
        facts("c", { events_attended: "0" }),
        facts("b", { plan_attainment: "80", sales_growth: "-10", focus_share: "50", average_order_value: "1000", payment_discipline: "10", events_attended: "1", contest_results: "100" }),
        facts("a", { plan_attainment: "120", sales_growth: "20", focus_share: "25", average_order_value: "500", payment_discipline: "0", events_attended: "2", contest_results: "50" }),
      ],
      DEFAULT_RATING_WEIGHTS
    )
    // A: 100×25% + 100×15% + 50×10% + 50×10% + 100×20% + 100×10% + 50×10% = 25 + 15 + 5 + 5 + 20 + 10 + 5
    expect(a.dealerId).toBe("a")
    expect(a.score).toBe("85.00")
    expect(byComponent(a)).toEqual({
      plan_attainment: ["100.00", "25.00"],
      sales_growth: ["100.00", "15.00"],
      focus_share: ["50.00", "5.00"],
      average_order_value: ["50.00", "5.00"],
      payment_discipline: ["100.00", "20.00"],
      events_attended: ["100.00", "10.00"],
      contest_results: ["50.00", "5.00"],
    })
    // B: 80/120 = 66.67 → 16.67; growth below 0 → 0; focus 100 → 10; average 100 → 10;
    // 10 days overdue → 100 − 10×2 = 80 → 16; 1 of 2 events → 50 → 5; best placing → 10. Sum 67.67.
    expect(b.score).toBe("67.67")
    expect(byComponent(b)).toEqual({
      plan_attainment: ["66.67", "16.67"],
      sales_growth: ["0.00", "0.00"],
      focus_share: ["100.00", "10.00"],
      average_order_value: ["100.00", "10.00"],
      payment_discipline: ["80.00", "16.00"],
      events_attended: ["50.00", "5.00"],
      contest_results: ["100.00", "10.00"],
    })
    // C: no figures (no plan, no sales, nothing owed) scores 0 everywhere.
    expect(c.score).toBe("0.00")
    expect([a.networkRank, b.networkRank, c.networkRank]).toEqual([1, 2, 3])
  })

  it("weights are relative: points are weight ÷ sum of weights × normalised", () => {
    const weights: RatingWeights = { ...DEFAULT_RATING_WEIGHTS, plan_attainment: 1, sales_growth: 0, focus_share: 0, average_order_value: 0, payment_discipline: 0, events_attended: 3, contest_results: 0 }
    const [top, second] = rateDealers(
      [facts("x", { plan_attainment: "100", events_attended: "1" }), facts("y", { plan_attainment: "50", events_attended: "4" })],
      weights
    )
    // y: 50 × 1/4 + 100 × 3/4 = 12.5 + 75; x: 100 × 1/4 + 25 × 3/4 = 25 + 18.75
    expect([top.dealerId, top.score]).toEqual(["y", "87.50"])
    expect([second.dealerId, second.score]).toEqual(["x", "43.75"])
  })

  it("payment discipline loses 2 points of 100 per day overdue, 0 from 50 days", () => {
    const scale = RATING_COMPONENT_RULES.payment_discipline
    expect(normaliseFigure("0", scale, null).toFixed(2)).toBe("100.00")
    expect(normaliseFigure("7", scale, null).toFixed(2)).toBe("86.00")
    expect(normaliseFigure("50", scale, null).toFixed(2)).toBe("0.00")
    expect(normaliseFigure("90", scale, null).toFixed(2)).toBe("0.00")
    expect(normaliseFigure(null, scale, null).toFixed(2)).toBe("0.00")
    // Nobody above 0: everyone 0 on a "best" scale.
    expect(normaliseFigure("0", { kind: "best" }, new BigNumber(0)).toFixed(2)).toBe("0.00")
  })

  it("breaks ties by higher plan attainment, then the earlier first order, then the code", () => {
    const only = { ...DEFAULT_RATING_WEIGHTS, plan_attainment: 0, sales_growth: 0, focus_share: 0, average_order_value: 0, payment_discipline: 0, events_attended: 1, contest_results: 0 }
    const ranked = rateDealers(
      [
        facts("d", { events_attended: "1", plan_attainment: "90" }, "2026-01-05T10:00:00Z"),
        facts("e", { events_attended: "1", plan_attainment: "110" }, "2026-03-01T10:00:00Z"),
        facts("f", { events_attended: "1", plan_attainment: "90" }, "2025-12-01T10:00:00Z"),
        facts("g", { events_attended: "1", plan_attainment: null }, "2020-01-01T10:00:00Z"),
        facts("h", { events_attended: "1", plan_attainment: "90" }, null),
      ],
      only
    )
    expect(ranked.map((dealer) => dealer.score)).toEqual(["100.00", "100.00", "100.00", "100.00", "100.00"])
    expect(ranked.map((dealer) => dealer.dealerId)).toEqual(["e", "f", "d", "h", "g"])
    const same = { score: "10.00", components: [], firstOrderAt: null }
    expect(compareRated({ ...same, code: "A" }, { ...same, code: "B" })).toBeLessThan(0)
  })

  it("takes each weight from the setting, else the option, else the default, and checks them", () => {
    const { weights, sources, fallback } = resolveRatingWeights({ events_attended: 0 }, { plan_attainment: 50 })
    expect(weights).toEqual({ ...DEFAULT_RATING_WEIGHTS, plan_attainment: 50, events_attended: 0 })
    expect(fallback).toEqual({ ...DEFAULT_RATING_WEIGHTS, plan_attainment: 50 })
    expect(sources.events_attended).toBe("setting")
    expect(sources.plan_attainment).toBe("option")
    expect(sources.sales_growth).toBe("default")
    expect(ratingWeightsProblem({ plan_attainment: -1 })).toBe("plan_attainment: must not be negative")
    expect(ratingWeightsProblem({ speed: 1 })).toMatch(/^speed: not a rating component/)
    expect(ratingWeightsProblem({ focus_share: 5 })).toBeNull()
    expect(() => rateDealers([facts("a", {})], { ...DEFAULT_RATING_WEIGHTS, ...zero() })).toThrow("all 0")
  })
})

describe("the rating's periods", () => {
  it("shows the month that ended last, in the plugin's time zone", () => {
    expect(defaultRatingPeriod("UTC", new Date("2026-12-02T10:00:00Z"))).toBe("2026-11")
    // 1 January 00:30 in Berlin is still 31 December in UTC.
    expect(defaultRatingPeriod("Europe/Berlin", new Date("2025-12-31T23:30:00Z"))).toBe("2025-12")
  })

  it("names a dealer of a period only once its last day is over", () => {
    expect(ratingPeriodEnded("2026-11", "UTC", new Date("2026-11-30T23:59:00Z"))).toBe(false)
    expect(ratingPeriodEnded("2026-11", "UTC", new Date("2026-12-01T00:00:00Z"))).toBe(true)
    expect(ratingPeriodEnded("2026-Q4", "UTC", new Date("2026-12-15T00:00:00Z"))).toBe(false)
    expect(ratingPeriodEnded("2026-Q3", "UTC", new Date("2026-10-01T00:00:00Z"))).toBe(true)
  })

  it("records the quarter with the month that ends it, and takes months and quarters only", () => {
    expect(ratingPeriodsEndingWith("2026-11")).toEqual(["2026-11"])
    expect(ratingPeriodsEndingWith("2026-12")).toEqual(["2026-12", "2026-Q4"])
    expect(ratingPeriodsEndingWith("2027-03")).toEqual(["2027-03", "2027-Q1"])
    expect(["2026-11", "2026-Q4", "2026", "2026-13", "2026-Q5"].map((p) => RATING_PERIOD_PATTERN.test(p))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
  })
})

function zero(): RatingWeights {
  return { plan_attainment: 0, sales_growth: 0, focus_share: 0, average_order_value: 0, payment_discipline: 0, events_attended: 0, contest_results: 0 }
}
