import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { Controller, useFieldArray, useFormContext, useWatch } from "react-hook-form"
import { useTexts } from "../hooks/use-texts"
import { metricUnit } from "../lib/reward-text"
import { BY_BASE, DefinitionDraft, needsFocus, newTier, RewardType, TierDraft, TierMode } from "../lib/rule-draft"
import { REWARD_BASES, REWARD_KINDS, REWARD_METRICS } from "../../types/rewards"
import { FocusKeyField } from "./focus-key-field"
import { NumberField, SelectField } from "./form/fields"
import { withUnit } from "./rule-conditions-fields"

const TYPES: RewardType[] = ["fixed", "rate", "tiered"]
const MODES: TierMode[] = ["retroactive", "stepped"]

/** One cell of the tier table: a number input with the error about it under it. */
const TierCell = ({ name, id, label }: { name: string; id: string; label: string }) => {
  const { control } = useFormContext()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div className="flex flex-col gap-y-1" data-field={name} data-field-label={label}>
          <Input
            id={id}
            size="small"
            type="number"
            inputMode="decimal"
            aria-label={label}
            aria-invalid={fieldState.invalid || undefined}
            name={field.name}
            value={field.value ?? ""}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
          />
          {fieldState.error && (
            <Text size="small" className="text-ui-fg-error" data-testid={`${id}-error`}>
              {fieldState.error.message}
            </Text>
          )}
        </div>
      )}
    />
  )
}

/** The tier rows: from (in the measure's unit) and rate, each editable, added and removed. */
const TierTable = ({ name, idPrefix, unit }: { name: string; idPrefix: string; unit: string }) => {
  const { t } = useTexts("rules")
  const { control } = useFormContext()
  const rows = useFieldArray({ control, name })
  const tiers = (useWatch({ control, name }) ?? []) as TierDraft[]
  return (
    <div className="flex flex-col gap-y-2" data-testid="tier-table">
      <div className="grid grid-cols-[80px_minmax(0,1fr)_minmax(0,1fr)_32px] gap-x-2">
        <Text size="small" weight="plus">
          {t("reward.tiers")}
        </Text>
        <Text size="small" weight="plus">
          {withUnit(t("reward.tierFrom"), unit)}
        </Text>
        <Text size="small" weight="plus">
          {t("reward.tierRate")}
        </Text>
      </div>
      {rows.fields.map((row, index) => (
        <div key={row.id} className="grid grid-cols-[80px_minmax(0,1fr)_minmax(0,1fr)_32px] items-start gap-x-2" data-testid="tier-row">
          <Text size="small" className="text-ui-fg-subtle pt-1.5">
            {t("reward.tier", { n: index + 1 })}
          </Text>
          <TierCell name={`${name}.${index}.from`} id={`${idPrefix}-tier-${index}-from`} label={`${t("reward.tier", { n: index + 1 })}: ${t("reward.tierFrom")}`} />
          <TierCell
            name={`${name}.${index}.rate_percent`}
            id={`${idPrefix}-tier-${index}-rate`}
            label={`${t("reward.tier", { n: index + 1 })}: ${t("reward.tierRate")}`}
          />
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            aria-label={t("reward.removeTier", { n: index + 1 })}
            disabled={rows.fields.length === 1}
            onClick={() => rows.remove(index)}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button size="small" variant="secondary" type="button" onClick={() => rows.append(newTier(tiers))}>
          <Plus />
          {t("reward.addTier")}
        </Button>
      </div>
    </div>
  )
}

/** A rule's reward (fixed, a rate of a base, or a tier table) and how it is paid (kind, cap). */
export const RuleRewardFields = ({ rulePath, idPrefix, currency }: { rulePath: string; idPrefix: string; currency: string }) => {
  const { t } = useTexts("rules")
  const { control } = useFormContext()
  const at = `${rulePath}definition`
  const definition = useWatch({ control, name: at }) as DefinitionDraft
  const { reward } = definition
  const measure = reward.mode === "retroactive" && reward.measure !== BY_BASE ? reward.measure : reward.base
  const kindUnit = definition.kind === "marketing_points" ? "" : currency.toUpperCase()

  return (
    <>
      <section className="flex flex-col gap-y-3" data-testid="rule-reward">
        <Text size="small" weight="plus">
          {t("reward.title")}
        </Text>
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            name={`${at}.reward.type`}
            id={`${idPrefix}-reward-type`}
            label={t("reward.type")}
            options={TYPES.map((type) => ({ value: type, label: t(`reward.types.${type}`) }))}
          />
          {reward.type === "fixed" ? (
            <NumberField name={`${at}.reward.amount`} id={`${idPrefix}-amount`} label={withUnit(t("reward.amount"), currency.toUpperCase())} />
          ) : (
            <SelectField
              name={`${at}.reward.base`}
              id={`${idPrefix}-base`}
              label={t("reward.base")}
              options={REWARD_BASES.map((base) => ({ value: base, label: t(`metrics.${base}`) }))}
            />
          )}
        </div>
        {reward.type !== "fixed" && reward.base === "focus_amount" && (
          <FocusKeyField name={`${at}.reward.focus_key`} id={`${idPrefix}-base-focus`} />
        )}
        {reward.type === "rate" && <NumberField name={`${at}.reward.rate_percent`} id={`${idPrefix}-rate`} label={t("reward.rate")} />}
        {reward.type === "tiered" && (
          <>
            <div className="grid grid-cols-2 gap-3">
              <SelectField
                name={`${at}.reward.mode`}
                id={`${idPrefix}-mode`}
                label={t("reward.mode")}
                hint={t(`reward.modeHints.${reward.mode}`)}
                options={MODES.map((mode) => ({ value: mode, label: t(`reward.modes.${mode}`) }))}
              />
              {reward.mode === "retroactive" && (
                <SelectField
                  name={`${at}.reward.measure`}
                  id={`${idPrefix}-measure`}
                  label={t("reward.measure")}
                  options={[
                    { value: BY_BASE, label: t("reward.measureBase") },
                    ...REWARD_METRICS.map((metric) => ({ value: metric, label: t(`metrics.${metric}`) })),
                  ]}
                />
              )}
            </div>
            {reward.mode === "retroactive" && needsFocus(reward.measure) && (
              <FocusKeyField name={`${at}.reward.focus_measure_key`} id={`${idPrefix}-measure-focus`} />
            )}
            <TierTable name={`${at}.reward.tiers`} idPrefix={idPrefix} unit={metricUnit(measure, currency)} />
          </>
        )}
      </section>
      <section className="flex flex-col gap-y-3" data-testid="rule-payout">
        <Text size="small" weight="plus">
          {t("payout.title")}
        </Text>
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            name={`${at}.kind`}
            id={`${idPrefix}-kind`}
            label={t("payout.kind")}
            options={REWARD_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
          <NumberField name={`${at}.cap`} id={`${idPrefix}-cap`} label={withUnit(t("payout.cap"), kindUnit)} hint={t("payout.capHint")} optional />
        </div>
        {definition.kind === "marketing_points" && (
          <NumberField
            name={`${at}.points_per_unit`}
            id={`${idPrefix}-points-per-unit`}
            label={t("payout.pointsPerUnit", { currency: currency.toUpperCase() })}
            hint={t("payout.pointsHint")}
            optional
          />
        )}
      </section>
    </>
  )
}
