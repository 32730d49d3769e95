import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Text } from "@medusajs/ui"
import { useFieldArray, useFormContext, useWatch } from "react-hook-form"
import { useTexts } from "../hooks/use-texts"
import { metricUnit } from "../lib/reward-text"
import { ConditionDraft, needsFocus, newCondition } from "../lib/rule-draft"
import { COMPARISON_OPS, REWARD_METRICS } from "../../types/rewards"
import { FocusKeyField } from "./focus-key-field"
import { NumberField, SelectField } from "./form/fields"

/** A label with its unit: "Value, EUR". */
export const withUnit = (label: string, unit: string) => (unit ? `${label}, ${unit}` : label)

/** The conditions of a rule (`<rule>.definition.conditions.all`), every one to be met. */
export const RuleConditionsFields = ({ rulePath, idPrefix, currency }: { rulePath: string; idPrefix: string; currency: string }) => {
  const { t } = useTexts("rules")
  const { control } = useFormContext()
  const name = `${rulePath}definition.conditions.all`
  const rows = useFieldArray({ control, name })
  const values = (useWatch({ control, name }) ?? []) as ConditionDraft[]
  const metricOptions = REWARD_METRICS.map((metric) => ({ value: metric, label: t(`metrics.${metric}`) }))
  const opOptions = COMPARISON_OPS.map((op) => ({ value: op, label: t(`ops.${op}`) }))

  return (
    <section className="flex flex-col gap-y-3" data-testid="rule-conditions">
      <div className="flex items-start justify-between gap-x-2">
        <div>
          <Text size="small" weight="plus">
            {t("conditions.title")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {rows.fields.length ? t("conditions.hint") : t("conditions.none")}
          </Text>
        </div>
        <Button size="small" variant="secondary" type="button" onClick={() => rows.append(newCondition())}>
          <Plus />
          {t("conditions.add")}
        </Button>
      </div>
      {rows.fields.map((row, index) => {
        const at = `${name}.${index}`
        const id = `${idPrefix}-condition-${index}`
        const metric = values[index]?.metric ?? "sales_amount"
        return (
          <div key={row.id} className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border p-3" data-testid="rule-condition">
            <div className="grid grid-cols-[minmax(0,1fr)_140px_140px_auto] items-start gap-x-2">
              <SelectField name={`${at}.metric`} id={`${id}-metric`} label={t("conditions.metric")} options={metricOptions} />
              <SelectField name={`${at}.op`} id={`${id}-op`} label={t("conditions.op")} options={opOptions} />
              <NumberField name={`${at}.value`} id={`${id}-value`} label={withUnit(t("conditions.value"), metricUnit(metric, currency))} />
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                className="mt-7"
                aria-label={t("conditions.remove", { n: index + 1 })}
                onClick={() => rows.remove(index)}
              >
                <Trash />
              </IconButton>
            </div>
            {needsFocus(metric) && <FocusKeyField name={`${at}.focus_key`} id={`${id}-focus`} />}
          </div>
        )
      })}
    </section>
  )
}
