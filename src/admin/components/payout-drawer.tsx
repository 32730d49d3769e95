import { Alert, Button, Drawer, Heading, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useDealerAgreements } from "../hooks/use-dealer-agreements"
import { useCreatePayout, useRewardPrograms } from "../hooks/use-dealer-rewards"
import { countOf, errorMessage, formatMoney, formatNumber, PAYOUT_FORM_LABELS } from "../lib/format"
import { PAYOUT_FORMS } from "../../types/rewards"
import type { Dealer } from "../../types/dealer-network"
import type { DealerPayout, PayoutForm } from "../../types/rewards"
import { Field } from "./field"

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

const PayoutForm = ({ dealer, available, onDone }: { dealer: Dealer; available: string; onDone: () => void }) => {
  const { data: agreements } = useDealerAgreements(dealer.id)
  const inForce = agreements?.agreements.find((agreement) => agreement.is_in_force)
  const agreementForm = (inForce?.payout_form ?? null) as PayoutForm | null
  const [amount, setAmount] = useState("")
  // Undefined until the admin picks one: the agreement's form then.
  const [picked, setPicked] = useState<PayoutForm | undefined>(undefined)
  const [programId, setProgramId] = useState(DEFAULT_PROGRAM)
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const form = picked ?? agreementForm ?? undefined
  const { data: programs } = useRewardPrograms({ limit: 100 })
  const pointPrograms = (programs?.programs ?? []).filter(
    (program) => program.currency_code.toLowerCase() === dealer.currency_code.toLowerCase()
  )
  const create = useCreatePayout(dealer.id)

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    try {
      const { payout } = await create.mutateAsync({
        amount: amount.trim(),
        form,
        ...(form === "marketing_points" && programId !== DEFAULT_PROGRAM ? { program_id: programId } : {}),
        note: note.trim() || null,
      })
      toast.success(payoutOutcome(payout))
      onDone()
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Pay out to {dealer.code}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
        {error && (
          <Alert variant="error" dismissible={false} data-testid="payout-error">
            {error}
          </Alert>
        )}
        <Field
          id="payout-amount"
          label={`Amount (${dealer.currency_code.toUpperCase()})`}
          hint={`Available: ${formatMoney(available, dealer.currency_code)}`}
        >
          <Input
            id="payout-amount"
            type="number"
            inputMode="decimal"
            step="0.01"
            min="0.01"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            required
          />
        </Field>
        <Field id="payout-form" label="Form">
          <Select value={form ?? ""} onValueChange={(value) => setPicked(value as PayoutForm)}>
            <Select.Trigger id="payout-form" data-testid="payout-form">
              <Select.Value placeholder="Choose how to pay out" />
            </Select.Trigger>
            <Select.Content>
              {PAYOUT_FORMS.map((value) => (
                <Select.Item key={value} value={value}>
                  {PAYOUT_FORM_LABELS[value]}
                  {value === agreementForm ? " (agreement)" : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {form && (
            <Text size="small" className="text-ui-fg-subtle">
              {FORM_HINTS[form]}
            </Text>
          )}
          {!agreementForm && agreements && (
            <Text size="small" className="text-ui-fg-muted">
              No agreement in force: name the form.
            </Text>
          )}
        </Field>
        {form === "marketing_points" && (
          <Field id="payout-program" label="Points per unit from" optional>
            <Select value={programId} onValueChange={setProgramId}>
              <Select.Trigger id="payout-program">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={DEFAULT_PROGRAM}>No program: 1 point per unit</Select.Item>
                {pointPrograms.map((program) => (
                  <Select.Item key={program.id} value={program.id}>
                    {program.code}: {formatNumber(program.points_per_unit)} points per unit
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
        )}
        <Field id="payout-note" label="Note" optional hint="For the admins; the dealer does not see it.">
          <Textarea id="payout-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={create.isPending} disabled={!form || !amount.trim()} data-testid="create-payout">
          Pay out
        </Button>
      </Drawer.Footer>
    </form>
  )
}
