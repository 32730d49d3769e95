import { Trash } from "@medusajs/icons"
import { Button, clx, IconButton, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { errorMessage } from "../lib/format"
import type { RewardRule } from "../../types/rewards"
import { Field } from "./field"

/** A rule as the admin edits it: the definition is JSON text until it is sent. */
export type RuleDraft = {
  key: string
  name: string
  description: string
  is_active: boolean
  definition: string
}

/** A problem with one part of a rule, its path relative to the rule ("definition.reward.tiers.1.from"). */
export type RuleError = { path: string | null; message: string }

export const RULE_EXAMPLES = {
  rate: {
    label: "Rate on sales",
    name: "Sales bonus",
    definition: { reward: { type: "rate", base: "sales_amount", rate_percent: 2 } },
  },
  tiered: {
    label: "Tiers on sales",
    name: "Volume rebate",
    definition: {
      conditions: { all: [{ metric: "order_count", op: "gte", value: 3 }] },
      reward: {
        type: "tiered",
        base: "sales_amount",
        mode: "retroactive",
        tiers: [
          { from: 0, rate_percent: 1 },
          { from: 10000, rate_percent: 2 },
          { from: 25000, rate_percent: 3 },
        ],
      },
      cap: 2000,
    },
  },
  fixed: {
    label: "Fixed bonus at 100% of plan",
    name: "Plan bonus",
    definition: {
      conditions: { all: [{ metric: "attainment_percent", op: "gte", value: 100 }] },
      reward: { type: "fixed", amount: 500 },
      kind: "event_credit",
    },
  },
} as const

export type RuleExample = keyof typeof RULE_EXAMPLES

let draftSeq = 0

/** The order a rule's keys read best in (the database keeps JSON keys in its own order). */
const KEY_ORDER = [
  "name",
  "description",
  "is_active",
  "definition",
  "conditions",
  "all",
  "metric",
  "focus_key",
  "op",
  "value",
  "reward",
  "type",
  "base",
  "measure",
  "focus_measure_key",
  "mode",
  "from",
  "amount",
  "rate_percent",
  "tiers",
  "cap",
  "kind",
  "points_per_unit",
]

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered)
  if (!value || typeof value !== "object") return value
  const rank = (key: string) => {
    const index = KEY_ORDER.indexOf(key)
    return index < 0 ? KEY_ORDER.length : index
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([key, item]) => [key, ordered(item)])
  )
}

/** Rules and definitions as indented JSON, their keys in reading order. */
export const prettyJson = (value: unknown) => JSON.stringify(ordered(value), null, 2)

export function newRuleDraft(example: RuleExample | null = "rate"): RuleDraft {
  const template = example ? RULE_EXAMPLES[example] : null
  return {
    key: `rule-${++draftSeq}`,
    name: template?.name ?? "",
    description: "",
    is_active: true,
    definition: template ? prettyJson(template.definition) : "{\n  \"reward\": {}\n}",
  }
}

export function draftOfRule(rule: RewardRule): RuleDraft {
  return {
    key: `rule-${++draftSeq}`,
    name: rule.name,
    description: rule.description ?? "",
    is_active: rule.is_active,
    definition: prettyJson(rule.definition),
  }
}

/** The rule to send, or why its JSON cannot be read. */
export function ruleOfDraft(
  draft: RuleDraft
): { rule: { name: string; description: string | null; is_active: boolean; definition: unknown } } | { error: RuleError } {
  try {
    const definition = JSON.parse(draft.definition)
    return {
      rule: {
        name: draft.name.trim(),
        description: draft.description.trim() || null,
        is_active: draft.is_active,
        definition,
      },
    }
  } catch (err) {
    return { error: { path: "definition", message: `not valid JSON (${errorMessage(err)})` } }
  }
}

const errorLine = (error: RuleError) => (error.path ? `${error.path}: ${error.message}` : error.message)

/**
 * One rule's name, description, active switch and definition as JSON. The
 * errors the API named for the rule show under the part they concern.
 */
export const RuleFields = ({
  draft,
  idPrefix,
  errors = [],
  onChange,
  onRemove,
  title,
}: {
  draft: RuleDraft
  idPrefix: string
  errors?: RuleError[]
  onChange: (patch: Partial<RuleDraft>) => void
  onRemove?: () => void
  title?: string
}) => {
  const nameErrors = errors.filter((e) => e.path === "name")
  const definitionErrors = errors.filter((e) => e.path !== "name")
  return (
    <div
      className={clx("flex flex-col gap-y-3 rounded-lg border p-3", errors.length > 0 && "border-ui-border-error")}
      data-testid="rule-editor"
      data-invalid={errors.length > 0 || undefined}
    >
      {(title || onRemove) && (
        <div className="flex items-center justify-between gap-x-2">
          <Text size="small" weight="plus">
            {title}
          </Text>
          {onRemove && (
            <IconButton size="small" variant="transparent" type="button" aria-label={`Remove ${title ?? "rule"}`} onClick={onRemove}>
              <Trash />
            </IconButton>
          )}
        </div>
      )}
      <div className="flex items-end gap-x-3">
        <div className="flex-1">
          <Field id={`${idPrefix}-name`} label="Rule name">
            <Input
              id={`${idPrefix}-name`}
              size="small"
              value={draft.name}
              onChange={(e) => onChange({ name: e.target.value })}
              aria-invalid={nameErrors.length > 0}
              required
            />
          </Field>
        </div>
        <div className="flex items-center gap-x-2 pb-1.5">
          <Switch
            id={`${idPrefix}-active`}
            checked={draft.is_active}
            onCheckedChange={(checked) => onChange({ is_active: checked })}
          />
          <Label htmlFor={`${idPrefix}-active`} size="small">
            Active
          </Label>
        </div>
      </div>
      {nameErrors.map((error, index) => (
        <Text key={index} size="small" className="text-ui-fg-error" data-testid="rule-error">
          {errorLine(error)}
        </Text>
      ))}
      <Field id={`${idPrefix}-description`} label="Description" optional>
        <Input
          id={`${idPrefix}-description`}
          size="small"
          value={draft.description}
          onChange={(e) => onChange({ description: e.target.value })}
        />
      </Field>
      <div className="flex flex-col gap-y-2">
        <div className="flex items-center justify-between gap-x-2">
          <Label htmlFor={`${idPrefix}-definition`} size="small" weight="plus">
            Definition (JSON)
          </Label>
          <div className="flex items-center gap-x-1">
            {(Object.keys(RULE_EXAMPLES) as RuleExample[]).map((example) => (
              <Button
                key={example}
                size="small"
                variant="transparent"
                type="button"
                className="txt-compact-xsmall"
                onClick={() => onChange({ definition: prettyJson(RULE_EXAMPLES[example].definition) })}
              >
                {RULE_EXAMPLES[example].label}
              </Button>
            ))}
          </div>
        </div>
        <Textarea
          id={`${idPrefix}-definition`}
          rows={12}
          spellCheck={false}
          className="font-mono text-xs"
          value={draft.definition}
          onChange={(e) => onChange({ definition: e.target.value })}
          aria-invalid={definitionErrors.length > 0}
        />
        {definitionErrors.map((error, index) => (
          <Text key={index} size="small" className="text-ui-fg-error font-mono" data-testid="rule-error">
            {errorLine(error)}
          </Text>
        ))}
        <Text size="xsmall" className="text-ui-fg-subtle">
          conditions.all[] (metric, op gte|gt|lte|lt|eq, value), reward fixed | rate | tiered (mode retroactive or
          stepped, tiers ascending by from), cap, kind money | marketing_points | event_credit, points_per_unit.
        </Text>
      </div>
    </div>
  )
}

/** The API's errors for rule `index` of a list, by their path under "rules.<index>.". */
export function ruleErrorsOf(
  parts: { path: string | null; message: string }[],
  index: number,
  prefix = "rules"
): RuleError[] {
  const head = `${prefix}.${index}`
  return parts
    .filter((part) => part.path === head || part.path?.startsWith(`${head}.`))
    .map((part) => ({ path: part.path === head ? null : part.path!.slice(head.length + 1), message: part.message }))
}
