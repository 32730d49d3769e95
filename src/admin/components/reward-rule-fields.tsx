import { Trash } from "@medusajs/icons"
import { clx, IconButton, Text } from "@medusajs/ui"
import { get, useFormContext } from "react-hook-form"
import { z } from "zod"
import { useTexts } from "../hooks/use-texts"
import { DefinitionDraft, definitionOf, draftOfDefinition } from "../lib/rule-draft"
import type { RewardRule, RewardRuleDefinition } from "../../types/rewards"
import { SwitchField, TextField } from "./form/fields"
import { requiredText } from "./form/schema"
import { RuleConditionsFields } from "./rule-conditions-fields"
import { RuleRewardFields } from "./rule-reward-fields"

/**
 * A rule as the rule builder edits it; the definition becomes the API's JSON
 * when the form is sent. The API checks the numbers and names the field it refuses.
 */
export const ruleSchema = z.object({
  name: requiredText,
  description: z.string().transform((text) => text.trim() || null),
  is_active: z.boolean(),
  definition: z.custom<DefinitionDraft>().transform(definitionOf),
})

export type RuleDraft = z.input<typeof ruleSchema>

/** Rules to start from: the name's and label's text keys, and the definition. */
export const RULE_EXAMPLES: Record<"rate" | "tiered" | "fixed", { label: string; name: string; definition: RewardRuleDefinition }> = {
  rate: {
    label: "examples.rate",
    name: "examples.rateName",
    definition: { reward: { type: "rate", base: "sales_amount", rate_percent: "2" } },
  },
  tiered: {
    label: "examples.tiered",
    name: "examples.tieredName",
    definition: {
      conditions: { all: [{ metric: "order_count", op: "gte", value: "3" }] },
      reward: {
        type: "tiered",
        base: "sales_amount",
        mode: "retroactive",
        tiers: [
          { from: "0", rate_percent: "1" },
          { from: "10000", rate_percent: "2" },
          { from: "25000", rate_percent: "3" },
        ],
      },
      cap: "2000",
    },
  },
  fixed: {
    label: "examples.fixed",
    name: "examples.fixedName",
    definition: {
      conditions: { all: [{ metric: "attainment_percent", op: "gte", value: "100" }] },
      reward: { type: "fixed", amount: "500" },
      kind: "event_credit",
    },
  },
}

export type RuleExample = keyof typeof RULE_EXAMPLES

/** A new rule: from an example (its name in the user's language), or empty. */
export function newRuleDraft(example: RuleExample | null, t: (key: string) => string): RuleDraft {
  const template = example ? RULE_EXAMPLES[example] : null
  return {
    name: template ? t(template.name) : "",
    description: "",
    is_active: true,
    definition: draftOfDefinition(template?.definition),
  }
}

export function draftOfRule(rule: RewardRule): RuleDraft {
  return {
    name: rule.name,
    description: rule.description ?? "",
    is_active: rule.is_active,
    definition: draftOfDefinition(rule.definition),
  }
}

/**
 * One rule in the rule builder, bound to the form at `path` ("" for a form
 * that is the rule, "rules.1" in a list): name, conditions, reward, payout.
 * What the API refuses shows at the field its path names.
 */
export const RuleFields = ({
  path = "",
  idPrefix,
  currency,
  onRemove,
  title,
}: {
  path?: string
  idPrefix: string
  /** The program's currency, the unit of money values. */
  currency: string
  onRemove?: () => void
  title?: string
}) => {
  const { t } = useTexts("rules")
  const { formState } = useFormContext()
  const rulePath = path ? `${path}.` : ""
  const invalid = !!(path ? get(formState.errors, path) : formState.errors.name || formState.errors.definition)
  return (
    <div
      className={clx("flex flex-col gap-y-5 rounded-lg border p-4", invalid && "border-ui-border-error")}
      data-testid="rule-editor"
      data-invalid={invalid || undefined}
    >
      {(title || onRemove) && (
        <div className="flex items-center justify-between gap-x-2">
          <Text size="small" weight="plus">
            {title}
          </Text>
          {onRemove && (
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              aria-label={t("fields.remove", { title: title ?? "" })}
              onClick={onRemove}
            >
              <Trash />
            </IconButton>
          )}
        </div>
      )}
      <div className="flex flex-col gap-y-3">
        <div className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-4">
          <TextField name={`${rulePath}name`} id={`${idPrefix}-name`} label={t("fields.name")} required autoComplete="off" />
          <div className="pt-7">
            <SwitchField name={`${rulePath}is_active`} id={`${idPrefix}-active`} label={t("fields.active")} />
          </div>
        </div>
        <TextField name={`${rulePath}description`} id={`${idPrefix}-description`} label={t("fields.description")} optional />
      </div>
      <RuleConditionsFields rulePath={rulePath} idPrefix={idPrefix} currency={currency} />
      <RuleRewardFields rulePath={rulePath} idPrefix={idPrefix} currency={currency} />
    </div>
  )
}
