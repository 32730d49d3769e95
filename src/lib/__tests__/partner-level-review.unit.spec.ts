import { choosePartnerLevel, describePartnerLevelChange, nextPartnerLevel, reviewPartnerLevel, PartnerLevelRule } from "../partner-level-review"

const bronze: PartnerLevelRule = { id: "t_bronze", name: "Bronze", rank: 1, min_turnover: "0", window_months: 12 }
const silver: PartnerLevelRule = { id: "t_silver", name: "Silver", rank: 2, min_turnover: "500", window_months: 3 }
const gold: PartnerLevelRule = { id: "t_gold", name: "Gold", rank: 3, min_turnover: "50000", window_months: 12 }
const tiers = [gold, bronze, silver]

describe("choosePartnerLevel", () => {
  it("each tier is judged over its own window: 620.95 in the last 3 months reaches Silver (500), not Gold", () => {
    expect(choosePartnerLevel(tiers, { 3: "620.95", 12: "620.95" })).toBe(silver)
  })

  it("the highest rank reached wins: 51,000 over 12 months and 600 over 3 is Gold", () => {
    expect(choosePartnerLevel(tiers, { 3: "600", 12: "51000" })).toBe(gold)
  })

  it("a strong year but a weak quarter: Gold's 12-month threshold counts, Silver's quarter does not matter", () => {
    expect(choosePartnerLevel(tiers, { 3: "100", 12: "50000.00" })).toBe(gold)
  })

  it("the threshold itself is reached (>=); a cent less is not", () => {
    expect(choosePartnerLevel(tiers, { 3: "500.00", 12: "500" })).toBe(silver)
    expect(choosePartnerLevel(tiers, { 3: "499.99", 12: "499.99" })).toBe(bronze)
  })

  it("no sales at all reach only a tier with a 0 threshold, and without one no tier", () => {
    expect(choosePartnerLevel(tiers, {})).toBe(bronze)
    expect(choosePartnerLevel([silver, gold], {})).toBeNull()
  })
})

describe("reviewPartnerLevel", () => {
  it("promotes a Bronze dealer whose quarter passed Silver", () => {
    expect(reviewPartnerLevel({ tier_id: "t_bronze", tier_pinned: false }, tiers, { 3: "620.95", 12: "620.95" })).toEqual({
      action: "promote",
      from: bronze,
      to: silver,
    })
  })

  it("demotes a Gold dealer whose year dropped to 400", () => {
    expect(reviewPartnerLevel({ tier_id: "t_gold", tier_pinned: false }, tiers, { 3: "0", 12: "400" })).toEqual({
      action: "demote",
      from: gold,
      to: bronze,
    })
  })

  it("leaves a pinned dealer alone whatever it sold", () => {
    expect(reviewPartnerLevel({ tier_id: "t_bronze", tier_pinned: true }, tiers, { 3: "99999", 12: "99999" })).toEqual({
      action: "pinned",
      tier: bronze,
    })
  })

  it("keeps a dealer already at the tier it earns; a first tier is a promotion", () => {
    expect(reviewPartnerLevel({ tier_id: "t_silver", tier_pinned: false }, tiers, { 3: "700", 12: "700" })).toEqual({
      action: "keep",
      tier: silver,
    })
    expect(reviewPartnerLevel({ tier_id: null, tier_pinned: false }, tiers, {})).toEqual({ action: "promote", from: null, to: bronze })
  })

  it("losing every tier is a demotion to none", () => {
    expect(reviewPartnerLevel({ tier_id: "t_silver", tier_pinned: false }, [silver, gold], { 3: "10" })).toEqual({
      action: "demote",
      from: silver,
      to: null,
    })
  })
})

describe("describePartnerLevelChange", () => {
  it("names the window, the turnover and the threshold", () => {
    expect(describePartnerLevelChange({ action: "promote", from: bronze, to: silver }, { 3: "620.95" }, "eur")).toBe(
      "Promoted to Silver: turnover over the last 3 month(s) 620.95 EUR reached its threshold of 500.00 EUR"
    )
    expect(describePartnerLevelChange({ action: "demote", from: gold, to: bronze }, { 12: "400" }, "eur")).toBe(
      "Demoted to Bronze: turnover over the last 12 month(s) 400.00 EUR is below Gold's threshold of 50000.00 EUR"
    )
  })
})

describe("nextPartnerLevel", () => {
  it("names the level just above and what its window's turnover still lacks", () => {
    expect(nextPartnerLevel([gold, bronze, silver], bronze.rank, { 3: "320.50", 12: "9000" })).toEqual({
      level: silver,
      turnover: "320.5",
      missing: "179.5",
    })
  })

  it("starts a dealer without a level at the lowest one, and needs nothing more once the turnover reaches it", () => {
    expect(nextPartnerLevel([silver, bronze], null, { 12: "150" })).toEqual({ level: bronze, turnover: "150", missing: "0" })
  })

  it("has nothing above the highest level", () => {
    expect(nextPartnerLevel([bronze, gold], gold.rank, { 12: "1" })).toBeNull()
  })
})
