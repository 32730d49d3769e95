import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreatePayout, useDealerPayouts, useDealerWallet, usePayoutAction } from "../hooks/use-dealer-rewards"
import { errorMessage, formatDate, formatMoney, humanize } from "../lib/format"
import type { Dealer, DealerPayout, PayoutForm, WalletBalance } from "../lib/types"
import { formatReward } from "./accrual-explanation"
import { Stat } from "./stat"

const FORMS: PayoutForm[] = ["receivable_offset", "marketing_points", "cash", "next_period_discount"]

const balanceText = (balance: WalletBalance) => formatReward(balance.balance, balance)

/** Turns wallet money into value: amount and form (the agreement's payout form when left empty). */
const PayoutForm = ({ dealerId }: { dealerId: string }) => {
  const [amount, setAmount] = useState("")
  const [form, setForm] = useState<string>("agreement")
  const create = useCreatePayout(dealerId)
  const submit = () =>
    create.mutate(
      { amount, ...(form !== "agreement" && { form: form as PayoutForm }) },
      {
        onSuccess: ({ payout }) => {
          toast.success(`Payout of ${formatMoney(payout.amount, payout.currency_code)} as ${humanize(payout.form)}: ${humanize(payout.status)}`)
          setAmount("")
        },
        onError: (error) => toast.error(errorMessage(error)),
      }
    )
  return (
    <div className="flex flex-wrap items-end gap-2 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="payout-amount">
          Pay out
        </Label>
        <Input id="payout-amount" size="small" placeholder="Amount" value={amount} onChange={(e) => setAmount(e.target.value)} className="w-32" />
      </div>
      <Select size="small" value={form} onValueChange={setForm}>
        <Select.Trigger className="w-56" data-testid="payout-form">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value="agreement">The agreement's form</Select.Item>
          {FORMS.map((value) => (
            <Select.Item key={value} value={value}>
              {humanize(value)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Button size="small" variant="secondary" disabled={!amount.trim()} isLoading={create.isPending} onClick={submit} data-testid="create-payout">
        Pay out
      </Button>
    </div>
  )
}

const CashActions = ({ payout }: { payout: DealerPayout }) => {
  const [reference, setReference] = useState("")
  const action = usePayoutAction()
  const run = (name: "approve" | "mark-paid" | "cancel") =>
    action.mutate(
      { id: payout.id, action: name, reference },
      { onError: (error) => toast.error(errorMessage(error)), onSuccess: () => toast.success(`Payout ${humanize(name)}`) }
    )
  if (payout.form !== "cash" || ["paid", "canceled"].includes(payout.status)) return null
  return (
    <div className="flex items-center gap-x-1">
      {payout.status === "requested" && (
        <Button size="small" variant="transparent" onClick={() => run("approve")}>
          Approve
        </Button>
      )}
      {payout.status === "exported" && (
        <>
          <Input size="small" placeholder="Bank reference" value={reference} onChange={(e) => setReference(e.target.value)} className="w-36" />
          <Button size="small" variant="transparent" disabled={!reference.trim()} onClick={() => run("mark-paid")}>
            Mark paid
          </Button>
        </>
      )}
      <Button size="small" variant="transparent" onClick={() => run("cancel")}>
        Cancel
      </Button>
    </div>
  )
}

/** The dealer's reward wallet: balances by kind, the latest statement entries and payouts. */
export const DealerWalletSection = ({ dealer }: { dealer: Dealer }) => {
  const { data: wallet } = useDealerWallet(dealer.id)
  const { data: payouts } = useDealerPayouts(dealer.id)
  const balances = wallet?.wallet.balances ?? []
  return (
    <Container className="divide-y p-0" data-testid="dealer-wallet">
      <div className="px-6 py-4">
        <Heading level="h2">Rewards wallet</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Approved rewards, less what was paid out. Cash payouts are exported for the bank from the payouts API.
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-3 px-6 py-4 lg:grid-cols-3">
        {balances.length ? (
          balances.map((balance) => (
            <Stat key={`${balance.kind}-${balance.currency_code}`} label={humanize(balance.kind)} testId={`wallet-${balance.kind}`}>
              {balanceText(balance)}
            </Stat>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            Nothing approved yet.
          </Text>
        )}
      </div>
      <PayoutForm dealerId={dealer.id} />
      {!!wallet?.entries.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Entry</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {wallet.entries.map((entry) => (
              <Table.Row key={entry.id} data-testid="wallet-entry">
                <Table.Cell>{formatDate(entry.created_at)}</Table.Cell>
                <Table.Cell>{entry.description ?? humanize(entry.source_type)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatReward(entry.amount, entry)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!!payouts?.payouts.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Payout</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {payouts.payouts.map((payout) => (
              <Table.Row key={payout.id} data-testid="payout-row">
                <Table.Cell>
                  {humanize(payout.form)} · {formatDate(payout.created_at)}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoney(payout.amount, payout.currency_code)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{humanize(payout.status)}</Badge>
                </Table.Cell>
                <Table.Cell>
                  <CashActions payout={payout} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
