import { zodResolver } from "@hookform/resolvers/zod"
import { Drawer, Text, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useDealerAgreements } from "../hooks/use-dealer-agreements"
import { useCreatePayout, useRewardPrograms } from "../hooks/use-dealer-rewards"
import { PAYOUT_FORM_LABELS } from "../lib/labels"
import { PAYOUT_FORMS } from "../../types/rewards"
import { countOf, formatMoney, formatNumber } from "../lib/numbers"
import type { Dealer } from "../../types/dealer-network"
import type { DealerPayout, PayoutForm } from "../../types/rewards"
import { DrawerForm } from "./form/drawer-form"
import { MoneyField, SelectField, TextareaField } from "./form/fields"
import { optionalText, requiredText } from "./form/schema"

const FORM_HINTS: Record<PayoutForm, string> = {
  receivable_offset:
    "Credit lines on the dealer's unpaid orders, oldest due first; only what they owe leaves the wallet.",
  cash: "Reserved now; then approved, exported in the bank file and marked paid with the bank's reference.",
  marketing_points: "Money out, marketing points in, at the chosen program's points per unit (1 otherwise).",
  next_period_discount: "A promotion code for the dealer's customers next month, with the amount as its budget.",
}

const DEFAULT_PROGRAM = "__none__"

/** What a payout did, for the toast. */
export function payoutOutcome(payout: DealerPayout): string {
  const amount = formatMoney(payout.amount, payout.currency_code)
  const details = payout.details ?? {}
  switch (payout.form) {
    case "receivable_offset":
      return `${amount} offset against ${countOf(details.credit_lines?.length ?? 0, "order")}${
        Number(details.remainder ?? 0) > 0
          ? `; ${formatMoney(details.remainder, payout.currency_code)} stays in the wallet`
          : ""
      }`
    case "marketing_points":
      return `${amount} converted to ${formatNumber(details.points)} marketing points`
    case "next_period_discount":
      return `${amount} as discount code ${details.code ?? ""} for ${details.month ?? "next month"}`.trim()
    case "cash":
    default:
      return `Payout of ${amount} as ${PAYOUT_FORM_LABELS[payout.form]}: requested`
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
  const { data: agreements } = useDealerAgreements(dealer.id)
  const inForce = agreements?.agreements.find((agreement) => agreement.is_in_force)
  const agreementForm = (inForce?.payout_form ?? null) as PayoutForm | null
  const form = useForm({
    resolver: zodResolver(schema),
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
      title={`Pay out to ${dealer.code}`}
      errorTestId="payout-error"
      submitLabel="Pay out"
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
        label="Amount"
        currency={dealer.currency_code}
        hint={`Available: ${formatMoney(available, dealer.currency_code)}`}
        min="0.01"
        required
      />
      <SelectField
        name="form"
        id="payout-form"
        label="Form"
        triggerTestId="payout-form"
        placeholder="Choose how to pay out"
        options={PAYOUT_FORMS.map((value) => ({
          value,
          label: `${PAYOUT_FORM_LABELS[value]}${value === agreementForm ? " (agreement)" : ""}`,
        }))}
      >
        {payoutForm && (
          <Text size="small" className="text-ui-fg-subtle">
            {FORM_HINTS[payoutForm]}
          </Text>
        )}
        {!agreementForm && agreements && (
          <Text size="small" className="text-ui-fg-muted">
            No agreement in force: name the form.
          </Text>
        )}
      </SelectField>
      {payoutForm === "marketing_points" && (
        <SelectField
          name="program_id"
          id="payout-program"
          label="Points per unit from"
          optional
          options={[
            { value: DEFAULT_PROGRAM, label: "No program: 1 point per unit" },
            ...pointPrograms.map((program) => ({
              value: program.id,
              label: `${program.code}: ${formatNumber(program.points_per_unit)} points per unit`,
            })),
          ]}
        />
      )}
      <TextareaField
        name="note"
        id="payout-note"
        label="Note"
        optional
        hint="For the admins; the dealer does not see it."
        rows={3}
      />
    </DrawerForm>
  )
}
