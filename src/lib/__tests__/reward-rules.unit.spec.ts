import {
  evaluateRule,
  evaluateRules,
  metricValue,
  nettedAccrual,
  nextBandHint,
  RewardBandThreshold,
  RewardFacts,
  RewardRuleDefinition,
} from "../reward-rules"
import type { RewardMetric } from "../../types/rewards"

// A dealer's quarter: 60,000 sold in 100 orders against a plan of 50,000 (120 %),
// 48,000 a year ago (+25 %), its sub-dealers sold 250,000.50.
const facts = (overrides: Partial<RewardFacts> = {}): RewardFacts => ({
  dealerId: "dlr_1",
  currency: "eur",
  salesAmount: "60000",
  orderCount: 100,
  planTarget: "50000",
  lastYearSalesAmount: "48000",
  subNetworkSalesAmount: "250000.50",
  focus: { "category:pcat_1": { amount: "12345.67", quantity: "42" } },
  ...overrides,
})

const bandsFromZero: RewardBandThreshold[] = [
  { from: "0", rate_percent: "1" },
  { from: "10000", rate_percent: "2" },
  { from: "50000", rate_percent: "3" },
]
const tiersFrom10k = bandsFromZero.slice(1)

const tiered = (mode: "retroactive" | "stepped", tiers: RewardBandThreshold[] = bandsFromZero): RewardRuleDefinition => ({
  reward: { type: "tiered", base: "sales_amount", mode, tiers },
})
const growthBonus = (op: "gte" | "gt", value: string): RewardRuleDefinition => ({
  conditions: { all: [{ metric: "growth_percent", op, value }] },
  reward: { type: "fixed", amount: "500" },
})
const rate = (ratePercent: string, extra: Partial<RewardRuleDefinition> = {}): RewardRuleDefinition => ({
  reward: { type: "rate", base: "sales_amount", rate_percent: ratePercent },
  ...extra,
})

describe("metricValue", () => {
  it.each([
    // 60,000 / 50,000 × 100
    ["attainment_percent", undefined, {}, "120"],
    ["attainment_percent", undefined, { planTarget: null }, null],
    ["attainment_percent", undefined, { planTarget: "0" }, null],
    // 20,000 / 30,000 × 100 = 66.666… → 10 decimals, half up
    ["attainment_percent", undefined, { salesAmount: "20000", planTarget: "30000" }, "66.6666666667"],
    ["sales_amount", undefined, {}, "60000"],
    ["focus_amount", "category:pcat_1", {}, "12345.67"],
    ["focus_quantity", "category:pcat_1", {}, "42"],
    ["focus_amount", "product:prod_9", {}, "0"],
    // 60,000 / 100 orders
    ["average_order_value", undefined, {}, "600"],
    ["average_order_value", undefined, { orderCount: 0 }, "0"],
    ["average_order_value", undefined, { salesAmount: "1000", orderCount: 3 }, "333.3333333333"],
    ["order_count", undefined, {}, "100"],
    // (60,000 − 48,000) / 48,000 × 100
    ["growth_percent", undefined, {}, "25"],
    // (36,000 − 48,000) / 48,000 × 100
    ["growth_percent", undefined, { salesAmount: "36000" }, "-25"],
    ["growth_percent", undefined, { lastYearSalesAmount: null }, null],
    ["growth_percent", undefined, { lastYearSalesAmount: "0" }, null],
    ["sub_network_amount", undefined, {}, "250000.5"],
  ] as [RewardMetric, string | undefined, Partial<RewardFacts>, string | null][])(
    "%s (%s) with %j → %s",
    (metric, focusKey, overrides, expected) => {
      expect(metricValue(facts(overrides), metric, focusKey)).toBe(expected)
    }
  )

  it("a focus metric without a focus key is a broken rule", () => {
    expect(() => metricValue(facts(), "focus_amount")).toThrow(/focus_key/)
  })
})

describe("evaluateRule: tiers", () => {
  it.each([
    // 10,000 × 1 % + 40,000 × 2 % + 10,000 × 3 % = 100 + 800 + 300
    ["stepped", bandsFromZero, "60000", true, "1200.00"],
    // 60,000 × 3 %
    ["retroactive", bandsFromZero, "60000", true, "1800.00"],
    // on the boundary the top band holds nothing yet: 100 + 800 + 0
    ["stepped", bandsFromZero, "50000", true, "900.00"],
    // on the boundary the 3 % tier is reached: 50,000 × 3 %
    ["retroactive", bandsFromZero, "50000", true, "1500.00"],
    // a cent below: 2 % tier, 49,999.99 × 2 % = 999.9998 → 1000.00
    ["retroactive", bandsFromZero, "49999.99", true, "1000.00"],
    // 100 + 39,999.99 × 2 % (799.9998 → 800.00)
    ["stepped", bandsFromZero, "49999.99", true, "900.00"],
    ["retroactive", tiersFrom10k, "10000", true, "200.00"],
    // the first 10,000 earn nothing: 20,000 × 2 %
    ["stepped", tiersFrom10k, "30000", true, "400.00"],
    // below the first tier
    ["retroactive", tiersFrom10k, "9999.99", false, "0"],
    ["stepped", tiersFrom10k, "9999.99", false, "0"],
  ] as const)("%s, tiers %j, sales %s → earned %s, %s", (mode, tiers, sales, earned, amount) => {
    expect(evaluateRule(facts({ salesAmount: sales }), tiered(mode, [...tiers]))).toMatchObject({ earned, amount })
  })

  it("explains a retroactive tier", () => {
    expect(evaluateRule(facts(), tiered("retroactive"))).toEqual({
      earned: true,
      amount: "1800.00",
      kind: "money",
      explanation: {
        metrics: { sales_amount: "60000" },
        conditions: [],
        base: "60000",
        measure: "60000",
        tier: { index: 2, from: "50000", rate_percent: "3" },
        rate_percent: "3",
        uncapped_amount: "1800.00",
        capped: false,
      },
    })
  })

  it("explains stepped bands", () => {
    expect(evaluateRule(facts(), tiered("stepped")).explanation).toMatchObject({
      tier: { index: 2, from: "50000", rate_percent: "3" },
      bands: [
        { from: "0", to: "10000", amount_in_band: "10000.00", rate_percent: "1", reward: "100.00" },
        { from: "10000", to: "50000", amount_in_band: "40000.00", rate_percent: "2", reward: "800.00" },
        { from: "50000", to: null, amount_in_band: "10000.00", rate_percent: "3", reward: "300.00" },
      ],
      uncapped_amount: "1200.00",
    })
  })

  it("selects a retroactive tier by another measure: 120 % attainment reaches the 110 % tier, paid on sales", () => {
    const rule: RewardRuleDefinition = {
      reward: {
        type: "tiered",
        base: "sales_amount",
        measure: "attainment_percent",
        mode: "retroactive",
        tiers: [
          { from: "0", rate_percent: "1" },
          { from: "100", rate_percent: "2" },
          { from: "110", rate_percent: "3" },
        ],
      },
    }
    // 60,000 × 3 %
    expect(evaluateRule(facts(), rule)).toMatchObject({
      amount: "1800.00",
      explanation: { metrics: { sales_amount: "60000", attainment_percent: "120" }, measure: "120" },
    })
    // no plan, no attainment, no tier
    expect(evaluateRule(facts({ planTarget: null }), rule)).toMatchObject({ earned: false, amount: "0" })
  })

  it("lays stepped bands on the base even when a measure is set", () => {
    const rule = tiered("stepped")
    if (rule.reward.type === "tiered") rule.reward.measure = "order_count"
    expect(evaluateRule(facts(), rule)).toMatchObject({ amount: "1200.00", explanation: { measure: "60000" } })
  })
})

describe("evaluateRule: caps", () => {
  // 60,000 × 5 % = 3,000
  it.each([
    ["2500", "2500.00", true],
    ["3000", "3000.00", false],
    ["5000", "3000.00", false],
  ])("cap %s → %s (capped %s)", (cap, amount, capped) => {
    expect(evaluateRule(facts(), rate("5", { cap }))).toMatchObject({
      earned: true,
      amount,
      explanation: { uncapped_amount: "3000.00", cap, capped },
    })
  })
})

describe("evaluateRule: conditions (all must be met)", () => {
  const rule: RewardRuleDefinition = {
    conditions: {
      all: [
        { metric: "attainment_percent", op: "gte", value: "100" },
        { metric: "average_order_value", op: "gte", value: "500" },
      ],
    },
    reward: { type: "fixed", amount: "1000" },
  }

  it.each([
    // 120 % and 600 per order
    ["both met", {}, true, ["120", "600"], [true, true]],
    // exactly 100 % and exactly 500 per order
    ["both on the boundary", { salesAmount: "50000" }, true, ["100", "500"], [true, true]],
    // 60,000 / 150 = 400 per order
    ["order value too low", { orderCount: 150 }, false, ["120", "400"], [true, false]],
    // 60,000 / 70,000 = 85.714…
    ["plan missed", { planTarget: "70000" }, false, ["85.7142857143", "600"], [false, true]],
    ["no plan", { planTarget: null }, false, [null, "600"], [false, true]],
    ["no orders", { orderCount: 0 }, false, ["120", "0"], [true, false]],
  ] as [string, Partial<RewardFacts>, boolean, (string | null)[], boolean[]][])(
    "%s → earned %s",
    (_, overrides, earned, actuals, met) => {
      const result = evaluateRule(facts(overrides), rule)
      expect(result.earned).toBe(earned)
      expect(result.amount).toBe(earned ? "1000.00" : "0")
      expect(result.explanation.conditions.map((c) => c.actual)).toEqual(actuals)
      expect(result.explanation.conditions.map((c) => c.met)).toEqual(met)
    }
  )
})

describe("evaluateRule: focus, growth, override, fixed", () => {
  const focusRate = (focusKey: string, minQuantity: string): RewardRuleDefinition => ({
    conditions: { all: [{ metric: "focus_quantity", focus_key: focusKey, op: "gte", value: minQuantity }] },
    reward: { type: "rate", base: "focus_amount", focus_key: focusKey, rate_percent: "4" },
  })
  const override: RewardRuleDefinition = {
    reward: { type: "rate", base: "sub_network_amount", rate_percent: "2" },
  }

  it.each([
    // 42 units ≥ 40; 12,345.67 × 4 % = 493.8268 → 493.83
    ["focus: quantity met, rate on the focus amount", focusRate("category:pcat_1", "40"), {}, true, "493.83"],
    ["focus: 42 units short of 50", focusRate("category:pcat_1", "50"), {}, false, "0"],
    ["focus: nothing sold of the key", focusRate("product:prod_9", "0"), {}, false, "0"],
    // +25 % ≥ 10 %
    ["growth +25 % ≥ 10 %", growthBonus("gte", "10"), {}, true, "500.00"],
    // 36,000 vs 48,000: −25 %
    ["growth −25 % < 10 %", growthBonus("gte", "10"), { salesAmount: "36000" }, false, "0"],
    ["growth −25 % > −30 %", growthBonus("gt", "-30"), { salesAmount: "36000" }, true, "500.00"],
    ["growth without last year", growthBonus("gte", "10"), { lastYearSalesAmount: null }, false, "0"],
    // 250,000.50 × 2 % = 5,000.01; the distributor's own 60,000 are not in the base
    ["override on the sub-network", override, {}, true, "5000.01"],
    ["override ignores own sales", override, { salesAmount: "999999" }, true, "5000.01"],
    ["fixed reward", { reward: { type: "fixed", amount: "750" } }, {}, true, "750.00"],
  ] as [string, RewardRuleDefinition, Partial<RewardFacts>, boolean, string][])("%s", (_, rule, overrides, earned, amount) => {
    expect(evaluateRule(facts(overrides), rule)).toMatchObject({ earned, amount })
  })
})

describe("evaluateRule: marketing points", () => {
  // 12,345.67 × 1.5 % = 185.18505 → 185.19 money
  const points = (extra: Partial<RewardRuleDefinition>) =>
    evaluateRule(facts({ salesAmount: "12345.67" }), rate("1.5", { kind: "marketing_points", ...extra }))

  it.each([
    // 185.19 × 10 = 1,851.9 → 1,851
    ["10", undefined, "1851", "1851", false],
    // 185.19 × 0.5 = 92.595 → 92
    ["0.5", undefined, "92", "92", false],
    // one point a unit: 185.19 → 185
    [undefined, undefined, "185", "185", false],
    ["10", "1000", "1000", "1851", true],
  ])("%s points a unit, cap %s → %s points", (pointsPerUnit, cap, amount, uncapped, capped) => {
    expect(points({ points_per_unit: pointsPerUnit, cap })).toMatchObject({
      earned: true,
      kind: "marketing_points",
      amount,
      explanation: { money_amount: "185.19", points_per_unit: pointsPerUnit ?? "1", uncapped_amount: uncapped, capped },
    })
  })

  it("a fixed reward in points is points one to one by default", () => {
    expect(evaluateRule(facts(), { kind: "marketing_points", reward: { type: "fixed", amount: "500" } }).amount).toBe("500")
  })
})

describe("evaluateRule: rounding half up", () => {
  it.each([
    // 12.50 × 1 % = 0.125 → 0.13 (not the banker's 0.12)
    ["12.50", "1", 2, "0.13"],
    // 0.1249 → 0.12
    ["12.49", "1", 2, "0.12"],
    // 0.10 × 2.5 % = 0.0025 → 0.00: nothing earned
    ["0.10", "2.5", 2, "0"],
    // 150 × 1 % = 1.5 → 2 whole units
    ["150", "1", 0, "2"],
    // 12.35 × 1 % = 0.1235 → 0.124 to three places
    ["12.35", "1", 3, "0.124"],
  ] as const)("%s × %s %% to %s places → %s", (sales, ratePercent, precision, amount) => {
    expect(evaluateRule(facts({ salesAmount: sales }), rate(ratePercent), precision).amount).toBe(amount)
  })
})

describe("evaluateRules", () => {
  it("evaluates each rule and tags it with its id", () => {
    const results = evaluateRules(facts(), [
      { id: "r_fixed", reward: { type: "fixed", amount: "750" } },
      {
        id: "r_growth",
        conditions: { all: [{ metric: "growth_percent", op: "gte", value: "30" }] },
        reward: { type: "fixed", amount: "500" },
      },
    ])
    expect(results.map(({ rule_id, earned, amount }) => ({ rule_id, earned, amount }))).toEqual([
      { rule_id: "r_fixed", earned: true, amount: "750.00" },
      { rule_id: "r_growth", earned: false, amount: "0" },
    ])
  })
})

describe("nettedAccrual", () => {
  it.each([
    ["1800.00", "1200.00", undefined, "600.00"],
    // the quarter fell back: 600 is clawed back
    ["1200.00", "1800.00", undefined, "-600.00"],
    ["0", "0", undefined, "0.00"],
    ["1851", "2000", 0, "-149"],
  ])("earned %s, accrued %s (precision %s) → %s", (earned, accrued, precision, expected) => {
    expect(nettedAccrual(earned, accrued, precision)).toBe(expected)
  })
})

describe("nextBandHint", () => {
  const attainmentTiers = (extra: Partial<RewardRuleDefinition> = {}): RewardRuleDefinition => ({
    reward: {
      type: "tiered",
      base: "sales_amount",
      measure: "attainment_percent",
      mode: "retroactive",
      tiers: [
        { from: "0", rate_percent: "1" },
        { from: "100", rate_percent: "2" },
        { from: "110", rate_percent: "3" },
      ],
    },
    ...extra,
  })

  it.each([
    [
      // 30,000 × 2 % = 600 now; at 50,000 × 3 % = 1,500
      "retroactive at 30,000",
      tiered("retroactive"),
      { salesAmount: "30000" },
      { current: "30000", next_tier_from: "50000", next_rate_percent: "3", shortfall: "20000", current_amount: "600.00", amount_at_next_tier: "1500.00", additional_reward: "900.00" },
    ],
    [
      // 100 + 20,000 × 2 % = 500 now; at 50,000: 100 + 800 = 900
      "stepped at 30,000",
      tiered("stepped"),
      { salesAmount: "30000" },
      { current: "30000", next_tier_from: "50000", next_rate_percent: "3", shortfall: "20000", current_amount: "500.00", amount_at_next_tier: "900.00", additional_reward: "400.00" },
    ],
    [
      // nothing below 10,000; at 10,000 × 2 % = 200
      "below the first tier",
      tiered("retroactive", tiersFrom10k),
      { salesAmount: "5000" },
      { current: "5000", next_tier_from: "10000", next_rate_percent: "2", shortfall: "5000", current_amount: "0.00", amount_at_next_tier: "200.00", additional_reward: "200.00" },
    ],
    [
      // capped at 1,000: 600 now, 1,500 capped to 1,000 at the next tier
      "retroactive under a cap",
      tiered("retroactive"),
      { salesAmount: "30000" },
      { current: "30000", next_tier_from: "50000", next_rate_percent: "3", shortfall: "20000", current_amount: "600.00", amount_at_next_tier: "1000.00", additional_reward: "400.00" },
      { cap: "1000" },
    ],
  ] as [string, RewardRuleDefinition, Partial<RewardFacts>, object, Partial<RewardRuleDefinition>?][])(
    "%s",
    (_, rule, overrides, expected, extra = {}) => {
      expect(nextBandHint(facts(overrides), { ...rule, ...extra })).toEqual({
        next_tier: { measure: "sales_amount", ...expected },
        unmet_conditions: [],
      })
    }
  )

  it.each([
    // 90 % of 100,000; 10 points short = 10,000 of sales; 900 now, 100,000 × 2 % = 2,000 at 100 %
    [{ salesAmount: "90000", planTarget: "100000" }, "90", "10", "10000.00", "900.00", "2000.00", "1100.00"],
    // 20,000 of 30,000 = 66.67 %; 200 now, 30,000 × 2 % = 600 at 100 %
    [{ salesAmount: "20000", planTarget: "30000" }, "66.6666666667", "33.3333333333", "10000.00", "200.00", "600.00", "400.00"],
    // 100 % reached: 110 % of 50,000 = 55,000 is 5,000 away; 1,000 now, 55,000 × 3 % = 1,650 then
    [{ salesAmount: "50000" }, "100", "10", "5000.00", "1000.00", "1650.00", "650.00"],
  ])("attainment measure with %j", (overrides, current, shortfall, salesShortfall, now, next, more) => {
    expect(nextBandHint(facts(overrides), attainmentTiers())?.next_tier).toEqual({
      measure: "attainment_percent",
      current,
      next_tier_from: String(Number(current) < 100 ? 100 : 110),
      next_rate_percent: Number(current) < 100 ? "2" : "3",
      shortfall,
      sales_shortfall: salesShortfall,
      current_amount: now,
      amount_at_next_tier: next,
      additional_reward: more,
    })
  })

  it("rounds the sales shortfall up to the cent", () => {
    const rule = attainmentTiers()
    if (rule.reward.type === "tiered") rule.reward.tiers[1].from = "100.5"
    // 100.5 % of 333.33 = 334.99665 → 34.99665 short of 300 → 35.00; 1 % of 300 = 3.00, 2 % of 335 = 6.70
    expect(nextBandHint(facts({ salesAmount: "300", planTarget: "333.33" }), rule)?.next_tier).toMatchObject({
      sales_shortfall: "35.00",
      current_amount: "3.00",
      amount_at_next_tier: "6.70",
      additional_reward: "3.70",
    })
  })

  it("lists unmet conditions with their shortfalls", () => {
    const rule: RewardRuleDefinition = {
      conditions: {
        all: [
          { metric: "attainment_percent", op: "gte", value: "100" },
          { metric: "average_order_value", op: "gte", value: "500" },
          { metric: "growth_percent", op: "gte", value: "10" },
        ],
      },
      reward: { type: "fixed", amount: "1000" },
    }
    // 45,000 of 50,000 = 90 %: 10 points or 5,000 of sales short; 450 per order: 50 short;
    // growth −6.25 % (45,000 vs 48,000): 16.25 points short, 110 % of 48,000 = 52,800 − 45,000 = 7,800
    expect(nextBandHint(facts({ salesAmount: "45000" }), rule)).toEqual({
      next_tier: null,
      unmet_conditions: [
        { metric: "attainment_percent", op: "gte", value: "100", actual: "90", met: false, shortfall: "10", sales_shortfall: "5000.00" },
        { metric: "average_order_value", op: "gte", value: "500", actual: "450", met: false, shortfall: "50" },
        { metric: "growth_percent", op: "gte", value: "10", actual: "-6.25", met: false, shortfall: "16.25", sales_shortfall: "7800.00" },
      ],
    })
  })

  it.each([
    ["the top tier with no conditions", tiered("retroactive"), {}],
    ["a fixed reward with its conditions met", growthBonus("gte", "10"), {}],
    ["an attainment measure without a plan", attainmentTiers(), { planTarget: null }],
  ] as [string, RewardRuleDefinition, Partial<RewardFacts>][])("null for %s", (_, rule, overrides) => {
    expect(nextBandHint(facts(overrides), rule)).toBeNull()
  })
})
