import { Plus, Trash } from "@medusajs/icons"
import { Button, Drawer, IconButton, Label, Text, toast } from "@medusajs/ui"
import { ReactNode, useMemo, useState } from "react"
import { Controller, useFieldArray, useForm, useFormContext, useWatch } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { ContestInput, useSaveContest } from "../hooks/use-dealer-contests"
import { useTargetNames } from "../hooks/use-dealer-plans"
import { useTexts } from "../hooks/use-texts"
import { CONTEST_METRIC_LABELS, REWARD_KIND_LABELS, ROLE_LABELS, TIE_RULE_LABELS, useLabels } from "../lib/labels"
import type { DealerRef, DealerRole } from "../../types/dealer-network"
import type { ContestMetric, ContestPrize, ContestTieRule, DealerContest } from "../../types/engagement"
import type { RewardKind } from "../../types/rewards"
import { CatalogPicker } from "./catalog-picker"
import { DealerPicker } from "./dealer-picker"
import { Field } from "./field"
import { DrawerForm } from "./form/drawer-form"
import { DateField, NumberField, SelectField, SwitchField, TextareaField, TextField } from "./form/fields"
import { formResolver, optionalText } from "./form/schema"

const METRICS = Object.keys(CONTEST_METRIC_LABELS) as ContestMetric[]
const FOCUS_METRICS: ContestMetric[] = ["focus_quantity", "focus_amount"]
const KINDS = Object.keys(REWARD_KIND_LABELS) as RewardKind[]
const TIE_RULES = Object.keys(TIE_RULE_LABELS) as ContestTieRule[]
const ROLES = Object.keys(ROLE_LABELS) as DealerRole[]

/** Who takes part (everyone, the sub-network below a distributor, dealers of a role, or named dealers) and the key of its label. */
const AUDIENCE_MODES = {
  everyone: "modeEveryone",
  sub_network: "modeSubNetwork",
  role: "modeRole",
  dealers: "modeDealers",
} as const
type AudienceMode = keyof typeof AUDIENCE_MODES

const dealerRef = z.object({ id: z.string(), code: z.string(), name: z.string() })

/** The contest's form, its messages in the admin user's language. */
const schemaOf = (t: ReturnType<typeof useTexts>["t"]) => {
  const requiredText = z.string().trim().min(1, t("required"))
  const prizeSchema = z.object({
    basis: z.enum(["rank", "top", "threshold"]),
    /** The rank, the N of a top N, or the threshold, as typed. */
    value: requiredText,
    amount: requiredText,
  })
  return z.object({
  title: requiredText,
  description: optionalText,
  audience_mode: z.enum(Object.keys(AUDIENCE_MODES) as [AudienceMode, ...AudienceMode[]]),
  parent: dealerRef.nullable(),
  role: z.enum(ROLES as [DealerRole, ...DealerRole[]]),
  dealers: z.array(dealerRef),
  starts_on: requiredText,
  ends_on: requiredText,
  metric: z.enum(METRICS as [ContestMetric, ...ContestMetric[]]),
  focus_type: z.enum(["product", "category"]),
  focus_id: z.string(),
  currency_code: requiredText.transform((code) => code.toLowerCase()),
  prize_kind: z.enum(KINDS as [RewardKind, ...RewardKind[]]),
  prizes: z.array(prizeSchema),
  tie_rule: z.enum(TIE_RULES as [ContestTieRule, ...ContestTieRule[]]),
  show_names: z.boolean(),
  })
}
type Values = z.input<ReturnType<typeof schemaOf>>
type Checked = z.output<ReturnType<typeof schemaOf>>

const today = () => new Date().toISOString().slice(0, 10)

function formOf(contest?: DealerContest): Values {
  const audience = contest?.audience ?? {}
  const mode: AudienceMode = audience.parent_dealer_id
    ? "sub_network"
    : audience.dealer_ids?.length
      ? "dealers"
      : audience.roles?.length
        ? "role"
        : "everyone"
  const [focusType, ...focusId] = (contest?.focus_key ?? "product:").split(":")
  return {
    title: contest?.title ?? "",
    description: contest?.description ?? "",
    audience_mode: mode,
    // The picked dealers' codes and names come from the audience labels the detail page passes in.
    parent: null,
    role: audience.roles?.[0] ?? "sub_dealer",
    dealers: [],
    starts_on: contest?.starts_on ?? today(),
    ends_on: contest?.ends_on ?? today(),
    metric: contest?.metric ?? "sales_amount",
    focus_type: focusType === "category" ? "category" : "product",
    focus_id: focusId.join(":"),
    currency_code: contest?.currency_code ?? "eur",
    prize_kind: contest?.prize_kind ?? "money",
    prizes: (contest?.prizes ?? [{ basis: "rank", rank: 1, amount: "" } as ContestPrize]).map((prize) => ({
      basis: prize.basis,
      value: String(prize.basis === "rank" ? prize.rank : prize.basis === "top" ? prize.count : prize.threshold),
      amount: String(prize.amount),
    })),
    tie_rule: contest?.tie_rule ?? "shared",
    show_names: contest?.show_names ?? false,
  }
}

function bodyOf(values: Checked, running: boolean): Partial<ContestInput> {
  const prizes = values.prizes.map((prize): ContestPrize => {
    if (prize.basis === "rank") return { basis: "rank", rank: Number(prize.value), amount: prize.amount }
    if (prize.basis === "top") return { basis: "top", count: Number(prize.value), amount: prize.amount }
    return { basis: "threshold", threshold: prize.value, amount: prize.amount }
  })
  const changeable = {
    title: values.title,
    description: values.description,
    ends_on: values.ends_on,
    prizes,
    tie_rule: values.tie_rule,
    show_names: values.show_names,
  }
  if (running) return changeable
  const audience =
    values.audience_mode === "sub_network"
      ? { parent_dealer_id: values.parent?.id ?? "" }
      : values.audience_mode === "role"
        ? { roles: [values.role] }
        : values.audience_mode === "dealers"
          ? { dealer_ids: values.dealers.map((dealer) => dealer.id) }
          : {}
  return {
    ...changeable,
    audience,
    starts_on: values.starts_on,
    metric: values.metric,
    focus_key: FOCUS_METRICS.includes(values.metric) && values.focus_id ? `${values.focus_type}:${values.focus_id}` : null,
    currency_code: values.currency_code,
    prize_kind: values.prize_kind,
  }
}

/**
 * "Create contest" (or "Edit" on a contest's page): who takes part, the days,
 * the metric (a focus product or category picked from the catalogue), the
 * prize rows and the tie rule. A running contest keeps its audience, metric,
 * currency, start and prize kind: those fields are not offered then.
 */
export const ContestDrawer = ({
  contest,
  audienceDealers = [],
  trigger,
}: {
  contest?: DealerContest
  /** The dealers the contest's audience names (parent or list), with their codes and names. */
  audienceDealers?: DealerRef[]
  trigger: ReactNode
}) => {
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined} className="sm:max-w-[640px]">
        {open && <ContestForm contest={contest} audienceDealers={audienceDealers} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const ContestForm = ({ contest, audienceDealers, onDone }: { contest?: DealerContest; audienceDealers: DealerRef[]; onDone: () => void }) => {
  const navigate = useNavigate()
  const { t } = useTexts("contests")
  const labels = useLabels()
  const schema = useMemo(() => schemaOf(t), [t])
  const initial = formOf(contest)
  const named = (id?: string | null) => audienceDealers.find((dealer) => dealer.id === id) ?? null
  initial.parent = named(contest?.audience.parent_dealer_id)
  initial.dealers = (contest?.audience.dealer_ids ?? []).map((id) => named(id) ?? { id, code: id, name: "" })
  const form = useForm<Values, any, Checked>({ resolver: formResolver(schema), defaultValues: initial })
  const prizes = useFieldArray({ control: form.control, name: "prizes" })
  const save = useSaveContest(contest?.id)
  const running = contest?.status === "running"
  const [mode, metric, focusType, focusId, currency, kind] = useWatch({
    control: form.control,
    name: ["audience_mode", "metric", "focus_type", "focus_id", "currency_code", "prize_kind"],
  })
  const focusNames = useTargetNames(focusId ? [{ target_type: focusType, target_ref: focusId }] : [])

  return (
    <DrawerForm
      form={form}
      title={contest ? t("editTitle", { title: contest.title }) : t("createContest")}
      errorTestId="contest-form-error"
      submitLabel={contest ? t("save") : t("create")}
      submitTestId="contest-form-submit"
      summarizeInvalid
      onSubmit={async (values) => {
        const { contest: saved } = await save.mutateAsync(bodyOf(values, running))
        toast.success(contest ? t("savedToast", { title: saved.title }) : t("createdToast", { title: saved.title }))
        onDone()
        if (!contest) navigate(`/dealer-network/contests/${saved.id}`)
      }}
    >
      <TextField name="title" id="contest-title" label={t("title")} required />
      <TextareaField name="description" id="contest-description" label={t("descriptionLabel")} optional rows={2} />
      {!running && (
        <>
          <SelectField
            name="audience_mode"
            id="contest-audience"
            label={t("colWhoTakesPart")}
            triggerTestId="contest-audience"
            options={Object.entries(AUDIENCE_MODES).map(([value, key]) => ({ value, label: t(key) }))}
          />
          {mode === "sub_network" && (
            <PickedDealer name="parent" id="contest-parent" label={t("distributor")} hint={t("distributorHint")} />
          )}
          {mode === "role" && (
            <SelectField
              name="role"
              id="contest-role"
              label={t("role")}
              options={ROLES.map((role) => ({ value: role, label: labels.role[role] }))}
            />
          )}
          {mode === "dealers" && <DealerList />}
        </>
      )}
      <div className="grid grid-cols-2 gap-4">
        <DateField name="starts_on" id="contest-starts" label={t("firstDay")} disabled={running} />
        <DateField name="ends_on" id="contest-ends" label={t("lastDay")} />
      </div>
      {!running && (
        <>
          <SelectField
            name="metric"
            id="contest-metric"
            label={t("colRankedBy")}
            triggerTestId="contest-metric"
            options={METRICS.map((value) => ({ value, label: labels.contestMetric[value] }))}
          />
          {FOCUS_METRICS.includes(metric) && (
            <div className="flex flex-col gap-y-2 rounded-lg border p-3" data-testid="contest-focus">
              <SelectField
                name="focus_type"
                id="contest-focus-type"
                label={t("focus")}
                size="small"
                options={[
                  { value: "product", label: t("aProduct") },
                  { value: "category", label: t("aCategory") },
                ]}
                onValueChange={() => form.setValue("focus_id", "")}
              />
              {focusId ? (
                <div className="flex items-center justify-between gap-x-2" data-testid="contest-focus-picked">
                  <Text size="small" weight="plus">
                    {focusNames.data?.get(focusId) ?? focusId}
                  </Text>
                  <Button size="small" variant="transparent" type="button" onClick={() => form.setValue("focus_id", "")}>
                    {t("change")}
                  </Button>
                </div>
              ) : (
                <CatalogPicker type={focusType} inputId="contest-focus-search" onPick={(item) => form.setValue("focus_id", item.id)} />
              )}
            </div>
          )}
          <div className="grid grid-cols-2 gap-4">
            <TextField name="currency_code" id="contest-currency" label={t("currency")} maxLength={3} required />
            <SelectField
              name="prize_kind"
              id="contest-prize-kind"
              label={t("prizesPaidAs")}
              options={KINDS.map((value) => ({ value, label: labels.rewardKind[value] }))}
            />
          </div>
        </>
      )}
      <div className="flex items-center justify-between gap-x-2 pt-2">
        <div>
          <Text size="small" weight="plus">
            {t("prizes")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("prizesHint")}
          </Text>
        </div>
        <Button size="small" variant="secondary" type="button" className="shrink-0" onClick={() => prizes.append({ basis: "rank", value: String(prizes.fields.length + 1), amount: "" })}>
          <Plus />
          {t("addPrize")}
        </Button>
      </div>
      <div className="flex flex-col gap-y-2" data-testid="contest-prizes">
        {prizes.fields.map((row, index) => (
          <PrizeRow key={row.id} index={index} currency={currency} kind={kind} onRemove={() => prizes.remove(index)} />
        ))}
        {!prizes.fields.length && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("noPrizes")}
          </Text>
        )}
      </div>
      <SelectField
        name="tie_rule"
        id="contest-tie-rule"
        label={t("equalFigures")}
        options={TIE_RULES.map((value) => ({ value, label: labels.tieRule[value] }))}
      />
      <SwitchField
        name="show_names"
        id="contest-show-names"
        label={t("showNames")}
        hint={t("showNamesHint")}
      />
    </DrawerForm>
  )
}

/** Who a prize row is for and the key of its label. */
const BASIS_LABELS = { rank: "basisRank", top: "basisTop", threshold: "basisThreshold" } as const

const PrizeRow = ({ index, currency, kind, onRemove }: { index: number; currency: string; kind: RewardKind; onRemove: () => void }) => {
  const { t } = useTexts("contests")
  const basis = useWatch({ name: `prizes.${index}.basis` }) as keyof typeof BASIS_LABELS
  const unit = kind === "marketing_points" ? t("points") : (currency || "").toUpperCase()
  return (
    <div className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2" data-testid="contest-prize-row">
      <SelectField
        name={`prizes.${index}.basis`}
        id={`contest-prize-${index}-basis`}
        label={t("who")}
        size="small"
        options={Object.entries(BASIS_LABELS).map(([value, key]) => ({ value, label: t(key) }))}
      />
      <NumberField
        name={`prizes.${index}.value`}
        id={`contest-prize-${index}-value`}
        label={basis === "rank" ? t("place") : basis === "top" ? t("n") : t("figure")}
        size="small"
        min={basis === "threshold" ? undefined : 1}
        step={basis === "threshold" ? "any" : 1}
      />
      <NumberField name={`prizes.${index}.amount`} id={`contest-prize-${index}-amount`} label={t("prizeIn", { unit })} size="small" step="any" />
      <IconButton size="small" variant="transparent" type="button" aria-label={t("removePrize")} onClick={onRemove}>
        <Trash />
      </IconButton>
    </div>
  )
}

/** One dealer picked into the form at `name`. */
const PickedDealer = ({ name, id, label, hint }: { name: "parent"; id: string; label: string; hint: string }) => {
  const { control } = useFormContext<Values>()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Field id={id} label={label} hint={hint}>
          <DealerPicker id={id} value={field.value} onChange={field.onChange} />
        </Field>
      )}
    />
  )
}

/** The named dealers: picked one by one, each removable. */
const DealerList = () => {
  const { control } = useFormContext<Values>()
  const dealers = useFieldArray({ control, name: "dealers", keyName: "key" })
  const { t } = useTexts("contests")
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus" htmlFor="contest-dealers">
        {t("dealers")}
      </Label>
      {dealers.fields.map((dealer, index) => (
        <div key={dealer.key} className="flex items-center justify-between rounded-lg border px-3 py-1.5">
          <Text size="small">
            {dealer.code} · {dealer.name}
          </Text>
          <IconButton size="small" variant="transparent" type="button" aria-label={t("removeDealer")} onClick={() => dealers.remove(index)}>
            <Trash />
          </IconButton>
        </div>
      ))}
      <DealerPicker
        id="contest-dealers"
        value={null}
        onChange={(dealer) => {
          if (dealer && !dealers.fields.some((picked) => picked.id === dealer.id)) dealers.append(dealer)
        }}
      />
    </div>
  )
}
