import { Drawer, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useCreateAgreement, useCreateAgreementVersion, usePriceLists, useUpdateAgreement } from "../hooks/use-dealer-agreements"
import { useTexts } from "../hooks/use-texts"
import { CONFLICT_POLICIES } from "../../types/dealer-network"
import type { Agreement, ConflictPolicy } from "../../types/dealer-network"
import { PAYOUT_FORMS } from "../../types/rewards"
import type { PayoutForm } from "../../types/rewards"
import { AgreementPriceTerms } from "./agreement-price-terms"
import type { PriceTermRow } from "./agreement-price-terms"
import { DrawerForm } from "./form/drawer-form"
import { DateField, MoneyField, NumberField, SelectField, SwitchField, TextareaField, TextField } from "./form/fields"
import { MultiPickerField } from "./form/multi-picker-field"
import { useAgreementSources } from "./agreement-sources"
import { FormSection } from "./form/form-section"
import { formResolver } from "./form/schema"

/** Write a new draft, change a draft, or sign a new version of an agreement in force from a date. */
export type AgreementFormMode = "create" | "edit" | "version"

const NO_PRICE_LIST = "__none__"

const today = () => new Date().toISOString().slice(0, 10)
const dayOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : "")
const textOf = (value: number | string | null | undefined) => (value == null ? "" : String(Number(value)))

type FormValues = {
  number: string
  valid_from: string
  valid_to: string
  min_monthly_turnover: string
  min_annual_turnover: string
  min_monthly_quantity: string
  discount_percent: string
  price_list_id: string
  payment_terms_days: string
  credit_limit: string
  min_order_amount: string
  restrict_to_assortment: boolean
  price_terms: PriceTermRow[]
  conflict_policy: ConflictPolicy
  split_share_percent: string
  support_commitments: {
    trainings_per_year: string
    materials: string
    co_marketing_budget: string
    co_marketing_share_percent: string
    event_share_from_money: boolean
  }
  reward_program_ids: string[]
  payout_form: PayoutForm
  interaction_rules: string
}

function valuesOf(agreement: Agreement | null, mode: AgreementFormMode): FormValues {
  const support = agreement?.support_commitments ?? {}
  return {
    number: agreement?.number ?? "",
    valid_from: mode === "version" ? today() : dayOf(agreement?.valid_from) || today(),
    valid_to: dayOf(agreement?.valid_to),
    min_monthly_turnover: textOf(agreement?.min_monthly_turnover),
    min_annual_turnover: textOf(agreement?.min_annual_turnover),
    min_monthly_quantity: textOf(agreement?.min_monthly_quantity),
    discount_percent: textOf(agreement?.discount_percent ?? 0),
    price_list_id: agreement?.price_list_id ?? NO_PRICE_LIST,
    payment_terms_days: String(agreement?.payment_terms_days ?? 0),
    credit_limit: textOf(agreement?.credit_limit),
    min_order_amount: textOf(agreement?.min_order_amount),
    restrict_to_assortment: agreement?.restrict_to_assortment ?? false,
    price_terms: (agreement?.price_terms ?? []).map((term) => ({
      variant_id: term.variant_id,
      min_quantity: textOf(term.min_quantity),
      max_quantity: textOf(term.max_quantity),
      amount: textOf(term.amount),
    })),
    conflict_policy: agreement?.conflict_policy ?? "manual_review",
    split_share_percent: textOf(agreement?.split_share_percent),
    support_commitments: {
      trainings_per_year: textOf(support.trainings_per_year as number | null),
      materials: (support.materials as string | null) ?? "",
      co_marketing_budget: textOf(support.co_marketing_budget as number | null),
      co_marketing_share_percent: textOf(support.co_marketing_share_percent as number | null),
      event_share_from_money: Boolean(support.event_share_from_money),
    },
    reward_program_ids: agreement?.reward_program_ids ?? [],
    payout_form: agreement?.payout_form ?? "receivable_offset",
    interaction_rules: agreement?.interaction_rules ?? "",
  }
}

/** The form's checks: numbers are numbers (the API checks their ranges and names the field). */
function schemaOf(notNumber: string, required: string) {
  const decimal = z.string().transform((value, ctx) => {
    const text = value.trim()
    if (!text) return null
    const number = Number(text)
    if (!Number.isFinite(number)) {
      ctx.addIssue({ code: "custom", message: notNumber })
      return z.NEVER
    }
    return number
  })
  const requiredDecimal = decimal.refine((value) => value !== null, required)
  const text = z.string().transform((value) => value.trim() || null)
  return z.object({
    number: text,
    valid_from: z.string().min(1, required),
    valid_to: text,
    min_monthly_turnover: decimal,
    min_annual_turnover: decimal,
    min_monthly_quantity: decimal,
    discount_percent: decimal.transform((value) => value ?? 0),
    price_list_id: z.string().transform((id) => (id === NO_PRICE_LIST ? null : id)),
    payment_terms_days: decimal.transform((value) => value ?? 0),
    credit_limit: decimal,
    min_order_amount: decimal,
    restrict_to_assortment: z.boolean(),
    price_terms: z.array(
      z.object({
        variant_id: z.string(),
        min_quantity: decimal,
        max_quantity: decimal,
        amount: requiredDecimal,
      })
    ),
    conflict_policy: z.enum(CONFLICT_POLICIES),
    split_share_percent: decimal,
    support_commitments: z.object({
      trainings_per_year: decimal,
      materials: text,
      co_marketing_budget: decimal,
      co_marketing_share_percent: decimal,
      event_share_from_money: z.boolean(),
    }),
    reward_program_ids: z.array(z.string()),
    payout_form: z.enum(PAYOUT_FORMS),
    interaction_rules: text,
  })
}

type Checked = z.output<ReturnType<typeof schemaOf>>

/** The request body of each mode; the agreement's own support keys beyond the form's are kept. */
function bodyOf(values: Checked, mode: AgreementFormMode, agreement: Agreement | null) {
  const { number, valid_from, support_commitments, ...terms } = values
  const body: Record<string, unknown> = {
    ...terms,
    split_share_percent: terms.conflict_policy === "split" ? terms.split_share_percent : null,
    support_commitments: { ...(agreement?.support_commitments ?? {}), ...support_commitments },
  }
  if (mode === "version") return { ...body, effective_from: valid_from }
  return { ...body, valid_from, ...(number ? { number } : {}) }
}

type AgreementDrawerProps = {
  mode: AgreementFormMode
  dealer: { id: string; currency_code: string }
  /** The agreement edited or versioned; none when writing a new draft. */
  agreement?: Agreement | null
  open: boolean
  onOpenChange: (open: boolean) => void
  onSaved: (agreement: Agreement) => void
}

/** Every term of a contract in one form: validity, volume, prices, payment, zones' assortment, conflicts, support, rewards. */
export const AgreementDrawer = (props: AgreementDrawerProps) => (
  <Drawer open={props.open} onOpenChange={props.onOpenChange}>
    <Drawer.Content aria-describedby={undefined} className="sm:max-w-[760px]">
      {props.open && <AgreementForm {...props} />}
    </Drawer.Content>
  </Drawer>
)

function useSave(mode: AgreementFormMode, dealerId: string, agreementId: string) {
  const create = useCreateAgreement(dealerId)
  const update = useUpdateAgreement(agreementId)
  const version = useCreateAgreementVersion(agreementId)
  return { create, edit: update, version }[mode]
}

const AgreementForm = ({ mode, dealer, agreement = null, onSaved }: AgreementDrawerProps) => {
  const { t } = useTexts("contracts")
  const schema = useMemo(() => schemaOf(t("form.notNumber"), t("form.required")), [t])
  const form = useForm<FormValues, any, Checked>({ resolver: formResolver(schema), defaultValues: valuesOf(agreement, mode) })
  const save = useSave(mode, dealer.id, agreement?.id ?? "")
  const priceLists = usePriceLists()
  const { programs } = useAgreementSources()
  const policy = form.watch("conflict_policy")
  const currency = dealer.currency_code

  return (
    <DrawerForm
      form={form}
      title={t(`form.title.${mode}`)}
      submitLabel={t(`form.submit.${mode}`)}
      submitTestId="agreement-form-submit"
      errorTestId="agreement-form-error"
      summarizeInvalid
      onSubmit={async (values) => {
        const { agreement: saved } = await save.mutateAsync(bodyOf(values, mode, agreement))
        onSaved(saved)
      }}
    >
      <FormSection title={t("form.validity")} hint={mode === "version" ? t("form.versionHint") : undefined}>
        <div className="grid grid-cols-3 gap-4">
          {mode !== "version" && (
            <TextField name="number" id="agreement-number" label={t("terms.number")} optional hint={t("form.numberHint")} />
          )}
          <DateField
            name="valid_from"
            id="agreement-valid-from"
            label={mode === "version" ? t("terms.effectiveFrom") : t("terms.validFrom")}
          />
          <DateField name="valid_to" id="agreement-valid-to" label={t("terms.validTo")} optional />
        </div>
      </FormSection>

      <FormSection title={t("form.volume")} hint={t("form.volumeHint")}>
        <div className="grid grid-cols-2 gap-4">
          <MoneyField name="min_monthly_turnover" id="agreement-min-monthly" label={t("terms.minMonthly")} currency={currency} optional />
          <MoneyField name="min_annual_turnover" id="agreement-min-annual" label={t("terms.minAnnual")} currency={currency} optional />
          <NumberField name="min_monthly_quantity" id="agreement-min-monthly-quantity" label={t("terms.minMonthlyQuantity")} step="1" optional />
        </div>
      </FormSection>

      <FormSection title={t("form.prices")}>
        <div className="grid grid-cols-2 gap-4">
          <NumberField name="discount_percent" id="agreement-discount" label={t("terms.discount")} step="0.01" />
          <SelectField
            name="price_list_id"
            id="agreement-price-list"
            label={t("terms.priceList")}
            hint={t("form.priceListHint")}
            options={[
              { value: NO_PRICE_LIST, label: t("form.storePrices") },
              ...(priceLists.data?.price_lists ?? []).map((list) => ({ value: list.id, label: list.title })),
            ]}
          />
        </div>
        <Text size="small" weight="plus">
          {t("terms.agreedPrices")}
        </Text>
        <AgreementPriceTerms currency={currency} />
      </FormSection>

      <FormSection title={t("form.payment")}>
        <div className="grid grid-cols-3 gap-4">
          <NumberField name="payment_terms_days" id="agreement-payment-days" label={t("terms.paymentDays")} step="1" hint={t("form.paymentDaysHint")} />
          <MoneyField name="credit_limit" id="agreement-credit-limit" label={t("terms.creditLimit")} currency={currency} optional />
          <MoneyField name="min_order_amount" id="agreement-min-order" label={t("terms.minOrder")} currency={currency} optional />
        </div>
        <SwitchField
          name="restrict_to_assortment"
          id="agreement-restrict"
          label={t("terms.restrict")}
          hint={t("form.restrictHint")}
        />
      </FormSection>

      <FormSection title={t("form.conflicts")} hint={t("form.conflictsHint")}>
        <div className="grid grid-cols-2 gap-4">
          <SelectField
            name="conflict_policy"
            id="agreement-conflict-policy"
            label={t("terms.conflictPolicy")}
            triggerTestId="agreement-conflict-policy"
            options={CONFLICT_POLICIES.map((value) => ({ value, label: t(`policy.${value}`) }))}
          >
            <Text size="small" className="text-ui-fg-subtle">
              {t(`policyHint.${policy}`)}
            </Text>
          </SelectField>
          {policy === "split" && (
            <NumberField name="split_share_percent" id="agreement-split-share" label={t("terms.splitShare")} step="0.01" required />
          )}
        </div>
      </FormSection>

      <FormSection title={t("form.support")} hint={t("form.supportHint")}>
        <div className="grid grid-cols-3 gap-4">
          <NumberField name="support_commitments.trainings_per_year" id="agreement-trainings" label={t("support.trainings_per_year")} step="1" optional />
          <MoneyField name="support_commitments.co_marketing_budget" id="agreement-co-budget" label={t("support.co_marketing_budget")} currency={currency} optional />
          <NumberField name="support_commitments.co_marketing_share_percent" id="agreement-co-share" label={t("support.co_marketing_share_percent")} step="0.01" optional />
        </div>
        <TextareaField name="support_commitments.materials" id="agreement-materials" label={t("support.materials")} rows={2} optional />
        <SwitchField
          name="support_commitments.event_share_from_money"
          id="agreement-event-money"
          label={t("support.event_share_from_money")}
          hint={t("form.eventMoneyHint")}
        />
      </FormSection>

      <FormSection title={t("form.rewards")}>
        <MultiPickerField name="reward_program_ids" id="agreement-programs" label={t("terms.programs")} hint={t("form.programsHint")} source={programs} />
        <SelectField
          name="payout_form"
          id="agreement-payout-form"
          label={t("terms.payoutForm")}
          options={PAYOUT_FORMS.map((value) => ({ value, label: t(`payout.${value}`) }))}
        />
      </FormSection>

      <FormSection title={t("terms.interactionRules")}>
        <TextareaField name="interaction_rules" id="agreement-interaction" label={t("form.interactionLabel")} rows={3} optional />
      </FormSection>
    </DrawerForm>
  )
}
