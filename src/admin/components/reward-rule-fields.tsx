import { Trash } from "@medusajs/icons"
import { Button, clx, IconButton, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { useController, useFormContext } from "react-hook-form"
import { z } from "zod"
import { apiErrorParts, errorMessage } from "../lib/errors"
import type { RewardRule } from "../../types/rewards"
import { Field } from "./field"
import { requiredText } from "./form/schema"

/** A rule as the admin edits it: the definition is JSON text until it is sent. */
export const ruleSchema = z.object({
  name: requiredText,
  description: z.string().transform((text) => text.trim() || null),
  is_active: z.boolean(),
  // Unreadable JSON is caught here, named like the API names its errors.
  definition: z.string().transform((text, ctx): unknown => {
    try {
      return JSON.parse(text)
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `not valid JSON (${errorMessage(err)})` })
      return z.NEVER
    }
  }),
})

export type RuleDraft = z.input<typeof ruleSchema>

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
    name: template?.name ?? "",
    description: "",
    is_active: true,
    definition: template ? prettyJson(template.definition) : "{\n  \"reward\": {}\n}",
  }
}

export function draftOfRule(rule: RewardRule): RuleDraft {
  return {
    name: rule.name,
    description: rule.description ?? "",
    is_active: rule.is_active,
    definition: prettyJson(rule.definition),
  }
}

const errorLine = (error: RuleError) => (error.path ? `${error.path}: ${error.message}` : error.message)

/**
 * One rule's name, description, active switch and definition as JSON, bound
 * to the form at `path` ("" for a form that is the rule, "rules.1" in a list).
 * What the form's checks or the API refused about the rule shows under the
 * part it concerns, its path relative to the rule.
 */
export const RuleFields = ({
  path = "",
  idPrefix,
  onRemove,
  title,
}: {
  path?: string
  idPrefix: string
  onRemove?: () => void
  title?: string
}) => {
  const at = (key: keyof RuleDraft) => (path ? `${path}.${key}` : key)
  const { control, formState, setValue } = useFormContext()
  const name = useController({ control, name: at("name") })
  const description = useController({ control, name: at("description") })
  const active = useController({ control, name: at("is_active") })
  const definition = useController({ control, name: at("definition") })
  const errors = ruleErrors(formState.errors.root?.api?.message, path, {
    name: name.fieldState.error?.message,
    definition: definition.fieldState.error?.message,
  })
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
              {...name.field}
              aria-invalid={nameErrors.length > 0}
              required
            />
          </Field>
        </div>
        <div className="flex items-center gap-x-2 pb-1.5">
          <Switch id={`${idPrefix}-active`} checked={active.field.value} onCheckedChange={active.field.onChange} />
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
        <Input id={`${idPrefix}-description`} size="small" {...description.field} />
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
                onClick={() => setValue(at("definition"), prettyJson(RULE_EXAMPLES[example].definition))}
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
          {...definition.field}
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

/**
 * A rule's errors, their paths relative to the rule: the form's own (unreadable
 * JSON, a missing name) and the parts of the form's refusal under the rule's path.
 */
function ruleErrors(
  formMessage: string | undefined,
  path: string,
  own: { name?: string; definition?: string }
): RuleError[] {
  const mine = (Object.entries(own) as [string, string | undefined][])
    .filter(([, message]) => message)
    .map(([key, message]) => ({ path: key, message: message! }))
  const parts = formMessage ? apiErrorParts(formMessage) : []
  const head = `${path}.`
  const theirs = path
    ? parts
        .filter((part) => part.path === path || part.path?.startsWith(head))
        .map((part) => ({ path: part.path === path ? null : part.path!.slice(head.length), message: part.message }))
    : parts
  const lines = new Set(mine.map(errorLine))
  return [...mine, ...theirs.filter((error) => !lines.has(errorLine(error)))]
}
