import { rewardRuleDefinitionSchema } from "../../../modules/rewards/schemas"
import { REWARD_BASES, REWARD_KINDS, REWARD_METRICS, RewardRuleDefinition } from "../../../types/rewards"
import { definitionOf, draftOfDefinition, focusKeysOf, needsFocus } from "../rule-draft"

const GARDEN = "category:pcat_garden"
const SPADE = "product:prod_spade"

/** What the API stores for a definition it accepts. */
const stored = (definition: RewardRuleDefinition) => rewardRuleDefinitionSchema.parse(definition)

/** Every shape the rules engine reads, as the API stores it. */
const SHAPES: RewardRuleDefinition[] = [
  { reward: { type: "fixed", amount: "500" }, kind: "event_credit" },
  ...REWARD_BASES.map((base) => ({
    reward: { type: "rate" as const, base, ...(base === "focus_amount" && { focus_key: GARDEN }), rate_percent: "2.5" },
  })),
  ...REWARD_BASES.map((base) => ({
    reward: {
      type: "tiered" as const,
      base,
      ...(base === "focus_amount" && { focus_key: SPADE }),
      mode: "stepped" as const,
      tiers: [
        { from: "0", rate_percent: "1" },
        { from: "10000", rate_percent: "2" },
      ],
    },
  })),
  ...REWARD_METRICS.map((measure) => ({
    reward: {
      type: "tiered" as const,
      base: "sales_amount" as const,
      measure,
      ...(needsFocus(measure) && { focus_measure_key: GARDEN }),
      mode: "retroactive" as const,
      tiers: [
        { from: "0", rate_percent: "1" },
        { from: "100", rate_percent: "3" },
      ],
    },
  })),
  {
    conditions: {
      all: REWARD_METRICS.map((metric) => ({ metric, ...(needsFocus(metric) && { focus_key: SPADE }), op: "gte" as const, value: "-10" })),
    },
    reward: { type: "rate", base: "sales_amount", rate_percent: "1" },
    cap: "2000",
    kind: "marketing_points",
    points_per_unit: "10",
  },
  ...REWARD_KINDS.map((kind) => ({ reward: { type: "fixed" as const, amount: "1" }, ...(kind !== "money" && { kind }) })),
]

describe("the rule builder's draft", () => {
  it.each(SHAPES.map((shape) => [JSON.stringify(shape), shape]))("edits %s without losing a part", (_, shape) => {
    const definition = stored(shape as RewardRuleDefinition)
    expect(stored(definitionOf(draftOfDefinition(definition)))).toEqual(definition)
  })

  it("sends only what the reward type reads, so switching the type leaves no stray field for the API to refuse", () => {
    const draft = draftOfDefinition(stored(SHAPES[SHAPES.length - REWARD_KINDS.length - 1]))
    draft.reward.type = "tiered"
    draft.reward.tiers = [{ from: "0", rate_percent: "4" }]
    draft.kind = "money"
    draft.cap = " "
    const { conditions, ...rest } = definitionOf(draft)
    expect(conditions?.all).toHaveLength(REWARD_METRICS.length)
    expect(rest).toEqual({
      reward: { type: "tiered", base: "sales_amount", mode: "retroactive", tiers: [{ from: "0", rate_percent: "4" }] },
    })
  })

  it("leaves the measure out of stepped tiers, which always lie on the base", () => {
    const draft = draftOfDefinition(stored(SHAPES.find((s) => s.reward.type === "tiered" && s.reward.measure === "order_count")!))
    draft.reward.mode = "stepped"
    expect(definitionOf(draft).reward).toEqual({
      type: "tiered",
      base: "sales_amount",
      mode: "stepped",
      tiers: [
        { from: "0", rate_percent: "1" },
        { from: "100", rate_percent: "3" },
      ],
    })
  })

  it("a new rule starts as a rate on sales with one tier row ready", () => {
    const draft = draftOfDefinition()
    expect(draft.reward).toMatchObject({ type: "rate", base: "sales_amount", measure: "base", tiers: [{ from: "0", rate_percent: "" }] })
    expect(draft.conditions.all).toEqual([])
  })

  it("names every product and category a rule reads, once", () => {
    expect(focusKeysOf(SHAPES[SHAPES.length - REWARD_KINDS.length - 1])).toEqual([SPADE])
    expect(
      focusKeysOf({
        conditions: { all: [{ metric: "focus_amount", focus_key: GARDEN, op: "gte", value: "1" }] },
        reward: { type: "tiered", base: "focus_amount", focus_key: GARDEN, measure: "focus_quantity", focus_measure_key: SPADE, mode: "retroactive", tiers: [] },
      })
    ).toEqual([GARDEN, SPADE])
  })
})
