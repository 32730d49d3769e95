import { Drawer, Text, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useDealerAgreements } from "../hooks/use-dealer-agreements"
import { useCreatePayout, useRewardPrograms } from "../hooks/use-dealer-rewards"
import { useTexts } from "../hooks/use-texts"
import { useLabels } from "../lib/labels"
import { adminText } from "../lib/locale"
import { PAYOUT_FORMS } from "../../types/rewards"
import { countOf, formatMoney, formatNumber } from "../lib/numbers"
import type { Dealer } from "../../types/dealer-network"
import type { DealerPayout, PayoutForm } from "../../types/rewards"
import { DrawerForm } from "./form/drawer-form"
import { MoneyField, SelectField, TextareaField } from "./form/fields"
import { formResolver, optionalText, requiredText } from "./form/schema"

const DEFAULT_PROGRAM = "__none__"

/** What a payout did, for the toast. */
export function payoutOutcome(payout: DealerPayout): string {
  const amount = formatMoney(payout.amount, payout.currency_code)
  const details = payout.details ?? {}
  switch (payout.form) {
    case "receivable_offset": {
      const orders = countOf(details.credit_lines?.length ?? 0, "order")
      return Number(details.remainder ?? 0) > 0
        ? adminText("rewards.payout.offsetRemainder", { amount, orders, remainder: formatMoney(details.remainder, payout.currency_code) })
        : adminText("rewards.payout.offset", { amount, orders })
    }
    case "marketing_points":
      return adminText("rewards.payout.converted", { amount, points: formatNumber(details.points) })
    case "next_period_discount":
      return adminText("rewards.payout.discount", {
        amount,
        code: details.code ?? "",
        month: details.month ?? adminText("rewards.payout.nextMonth"),
      })
    case "cash":
    default:
      return adminText("rewards.payout.requested", { amount, form: adminText(`labels.payoutForm.${payout.form}`) })
  }
}

/**
 * "Pay out": turns wallet money into value. The form starts at the payout
 * form of the agreement in force; the API refuses more than the balance.
 */
export const PayoutDrawer = ({
  dealer,
  open,
  onOpenChange,
  available,
}: {
  dealer: Dealer
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The money balance in the dealer's currency. */
  available: string
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content aria-describedby={undefined}>
      {open && <PayoutForm dealer={dealer} available={available} onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)

const schema = z.object({
  amount: requiredText,
  form: z.enum(PAYOUT_FORMS).optional(),
  program_id: z.string(),
  note: optionalText,
})

const PayoutForm = ({ dealer, available, onDone }: { dealer: Dealer; available: string; onDone: () => void }) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const { data: agreements } = useDealerAgreements(dealer.id)
  const inForce = agreements?.agreements.find((agreement) => agreement.is_in_force)
  const agreementForm = (inForce?.payout_form ?? null) as PayoutForm | null
  const form = useForm({
    resolver: formResolver(schema),
    defaultValues: { amount: "", form: undefined, program_id: DEFAULT_PROGRAM, note: "" },
  })
  // The form starts at the agreement's once that has loaded, unless the admin picked one.
  useEffect(() => {
    if (agreementForm && !form.getValues("form")) form.setValue("form", agreementForm)
  }, [agreementForm, form])
  const payoutForm = form.watch("form")
  const amount = form.watch("amount")
  const { data: programs } = useRewardPrograms({ limit: 100 })
  const pointPrograms = (programs?.programs ?? []).filter(
    (program) => program.currency_code.toLowerCase() === dealer.currency_code.toLowerCase()
  )
  const create = useCreatePayout(dealer.id)

  return (
    <DrawerForm
      form={form}
      title={t("payout.title", { code: dealer.code })}
      errorTestId="payout-error"
      submitLabel={t("payout.submit")}
      submitTestId="create-payout"
      submitDisabled={!payoutForm || !amount.trim()}
      onSubmit={async (values) => {
        const { payout } = await create.mutateAsync({
          amount: values.amount,
          form: payoutForm,
          ...(payoutForm === "marketing_points" && values.program_id !== DEFAULT_PROGRAM
            ? { program_id: values.program_id }
            : {}),
          note: values.note,
        })
        toast.success(payoutOutcome(payout))
        onDone()
      }}
    >
      <MoneyField
        name="amount"
        id="payout-amount"
        label={t("payout.amount")}
        currency={dealer.currency_code}
        hint={t("payout.available", { amount: formatMoney(available, dealer.currency_code) })}
        min="0.01"
        required
      />
      <SelectField
        name="form"
        id="payout-form"
        label={t("payout.form")}
        triggerTestId="payout-form"
        placeholder={t("payout.choose")}
        options={PAYOUT_FORMS.map((value) => ({
          value,
          label: value === agreementForm ? t("payout.agreementForm", { form: labels.payoutForm[value] }) : labels.payoutForm[value],
        }))}
      >
        {payoutForm && (
          <Text size="small" className="text-ui-fg-subtle">
            {t(`payout.hints.${payoutForm}`)}
          </Text>
        )}
        {!agreementForm && agreements && (
          <Text size="small" className="text-ui-fg-muted">
            {t("payout.noAgreement")}
          </Text>
        )}
      </SelectField>
      {payoutForm === "marketing_points" && (
        <SelectField
          name="program_id"
          id="payout-program"
          label={t("payout.pointsFrom")}
          optional
          options={[
            { value: DEFAULT_PROGRAM, label: t("payout.noProgram") },
            ...pointPrograms.map((program) => ({
              value: program.id,
              label: t("payout.programPoints", { code: program.code, points: formatNumber(program.points_per_unit) }),
            })),
          ]}
        />
      )}
      <TextareaField
        name="note"
        id="payout-note"
        label={t("payout.note")}
        optional
        hint={t("payout.noteHint")}
        rows={3}
      />
    </DrawerForm>
  )
}
