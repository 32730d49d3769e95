import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { DealerPayoutListResponse, DealerWalletResponse } from "medusa-plugin-dealer-network/client"
import { Stat } from "../../../../src/admin/components/stat"
import { useLabels } from "../../../../src/admin/lib/labels"
import { formatReward } from "../../../../src/admin/lib/reward-text"
import { REWARD_KINDS } from "../../../../src/types/rewards"
import { useMember } from "../../auth/use-session"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatDate, formatMoney, formatPeriod } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"

type WalletEntry = DealerWalletResponse["entries"][number]
type Translate = ReturnType<typeof useTexts>["t"]
type Labels = ReturnType<typeof useLabels>

export const WALLET_KEY = ["dealer-portal", "wallet"] as const

/** Owners and managers: balances by kind, the statement, the payouts. A buyer is told whose it is, and nothing is asked of the API. */
export function WalletPage() {
  const { t } = useTexts("money")
  const { canSeeMoney } = useMember()
  return (
    <>
      <div>
        <Heading>{t("wallet.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("wallet.description")}</Text>
      </div>
      {canSeeMoney ? (
        <>
          <Wallet />
          <Payouts />
        </>
      ) : (
        <Container data-testid="wallet-owners-only">
          <Text size="small">{t("wallet.ownersOnly")}</Text>
        </Container>
      )}
    </>
  )
}

function Wallet() {
  const { t } = useTexts("money")
  const { store } = usePortal()
  const labels = useLabels()
  const wallet = useQuery({ queryKey: WALLET_KEY, queryFn: () => store.wallet.retrieve({ limit: 100 }) })
  return (
    <QueryState query={wallet}>
      {({ wallet, entries }) => (
        <>
          <Container className="flex flex-col gap-y-3">
            <Heading level="h2">{t("wallet.balances")}</Heading>
            <div className="grid grid-cols-1 gap-3 md:grid-cols-3" data-testid="wallet-balances">
              {REWARD_KINDS.map((kind) => {
                const rows = wallet.balances.filter((balance) => balance.kind === kind)
                return (
                  <Stat key={kind} label={labels.rewardKind[kind]} testId={`wallet-balance-${kind}`}>
                    {rows.length ? rows.map((row) => formatReward(row.balance, { kind, currency_code: row.currency_code })).join(" · ") : formatReward("0", { kind, currency_code: "eur" })}
                  </Stat>
                )
              })}
            </div>
          </Container>
          <Container className="p-0">
            <Heading level="h2" className="px-6 py-4">{t("wallet.statement")}</Heading>
            {entries.length ? (
              <Table data-testid="wallet-statement">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("wallet.column.date")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("wallet.column.kind")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("wallet.column.what")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("wallet.column.amount")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {entries.map((entry) => (
                    <Table.Row key={entry.id} data-testid="wallet-entry">
                      <Table.Cell>{formatDate(entry.created_at)}</Table.Cell>
                      <Table.Cell>{labels.rewardKind[entry.kind]}</Table.Cell>
                      <Table.Cell className="max-w-md truncate">{entryWhat(entry, t, labels)}</Table.Cell>
                      <Table.Cell className={`text-right tabular-nums ${Number(entry.amount) < 0 ? "text-ui-fg-error" : ""}`}>
                        {formatReward(entry.amount, entry, { signed: true })}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            ) : (
              <Text size="small" className="text-ui-fg-subtle px-6 pb-4">{t("wallet.statementEmpty")}</Text>
            )}
          </Container>
        </>
      )}
    </QueryState>
  )
}

/** What a statement entry was, in words: the reward's program and period, the event, the materials, the payout. */
function entryWhat(entry: WalletEntry, t: Translate, labels: Labels): string {
  const { source } = entry
  const form = source.payout_form ? labels.payoutForm[source.payout_form] : ""
  switch (entry.source_type) {
    case "accrual":
      return source.contest
        ? t("wallet.source.contest", { contest: source.contest })
        : t("wallet.source.accrual", { program: source.program ?? "", period: source.period ? formatPeriod(source.period) : "" })
    case "payout":
    case "payout_reversal": {
      const details = [
        source.order_numbers.length ? t("wallet.source.orders", { orders: source.order_numbers.map((n) => `#${n}`).join(", ") }) : null,
        source.promotion_code ? t("wallet.source.code", { code: source.promotion_code }) : null,
      ].filter(Boolean)
      return [t(`wallet.source.${entry.source_type}`, { form }), ...details].join(", ")
    }
    case "event_registration":
    case "event_refund":
      return [t(`wallet.source.${entry.source_type}`, { event: source.event ?? "" }), source.seats ? t("wallet.source.seats", { count: source.seats }) : null]
        .filter(Boolean)
        .join(", ")
    case "material_request":
    case "material_refund":
      return t(`wallet.source.${entry.source_type}`, { materials: source.materials.join(", ") })
    default:
      return entry.description ?? t("wallet.source.conversion")
  }
}

function Payouts() {
  const { t } = useTexts("money")
  const { store } = usePortal()
  const payouts = useQuery({ queryKey: ["dealer-portal", "payouts"], queryFn: () => store.payouts.list({ limit: 50 }) })
  return (
    <Container className="p-0">
      <Heading level="h2" className="px-6 py-4">{t("wallet.payouts")}</Heading>
      <QueryState query={payouts}>
        {({ payouts }) => (payouts.length ? <PayoutTable payouts={payouts} /> : <Text size="small" className="text-ui-fg-subtle px-6 pb-4">{t("wallet.payoutsEmpty")}</Text>)}
      </QueryState>
    </Container>
  )
}

function PayoutTable({ payouts }: { payouts: DealerPayoutListResponse["payouts"] }) {
  const { t } = useTexts("money")
  const labels = useLabels()
  return (
    <Table data-testid="wallet-payouts">
      <Table.Header>
        <Table.Row>
          {(["date", "form", "amount", "status", "reference"] as const).map((column) => (
            <Table.HeaderCell key={column} className={column === "amount" ? "text-right" : undefined}>{t(`wallet.payoutColumn.${column}`)}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {payouts.map((payout) => (
          <Table.Row key={payout.id} data-testid="wallet-payout">
            <Table.Cell>{formatDate(payout.created_at)}</Table.Cell>
            <Table.Cell>{labels.payoutForm[payout.form]}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatMoney(payout.amount, payout.currency_code)}</Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={payout.status === "canceled" ? "grey" : ["paid", "completed"].includes(payout.status) ? "green" : "blue"}>
                {labels.payoutStatus[payout.status]}
              </Badge>
            </Table.Cell>
            <Table.Cell>{payout.reference ?? payout.details?.code ?? "–"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
