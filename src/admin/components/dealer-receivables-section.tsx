import { Badge, clx, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useDealerReceivables } from "../hooks/use-dealer-receivables"
import { useTexts } from "../hooks/use-texts"
import { formatDate, formatDay } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { useLabels } from "../lib/labels"
import type { Translate } from "../lib/reward-text"
import { AGEING_BUCKETS } from "../../types/wholesale"
import { countOf, creditLeft, formatMoney, formatPercent } from "../lib/numbers"
import type { Dealer } from "../../types/dealer-network"
import type { DealerReceivablesResponse, ReceivableBalance, ReceivableOrder } from "../../types/wholesale"
import { AgeingBar, AgeingSwatch, OverdueBadge } from "./ageing-bar"
import { Stat, StatRow } from "./stat"

/** A balance of nothing, for a dealer that owes nothing in its currency. */
const emptyBalance = (currency: string): ReceivableBalance => ({
  currency_code: currency,
  order_count: 0,
  outstanding: "0",
  overdue: "0",
  max_overdue_days: 0,
  oldest_due_at: "",
  current: "0",
  overdue_1_30: "0",
  overdue_31_60: "0",
  overdue_61_90: "0",
  overdue_over_90: "0",
})

const termsLine = (receivables: DealerReceivablesResponse, t: Translate) => {
  const { terms } = receivables
  const asOf = t("receivables.asOf", { day: formatDay(receivables.as_of) })
  if (!terms) return t("receivables.noAgreement", { asOf })
  const payment =
    terms.payment_terms_days > 0
      ? t("receivables.paymentWithin", { days: countOf(terms.payment_terms_days, "day") })
      : t("receivables.paymentOnOrder")
  return t("receivables.terms", { asOf, agreement: terms.agreement_number, payment })
}

/** Limit, balance, overdue and what is left of the limit, in the dealer's currency. */
const CreditFigures = ({ receivables, balance }: { receivables: DealerReceivablesResponse; balance: ReceivableBalance }) => {
  const { t } = useTexts("dealerPage")
  const currency = balance.currency_code
  const limit = receivables.terms?.credit_limit ?? null
  const left = creditLeft(limit, balance.outstanding)
  const overdue = Number(balance.overdue) > 0
  return (
    <StatRow className="px-6 py-4">
      <Stat
        label={t("receivables.creditLimit")}
        testId="receivables-credit-limit"
        hint={
          !receivables.terms
            ? t("receivables.noAgreementInForce")
            : receivables.terms.payment_terms_days > 0
              ? t("receivables.daysToPay", { days: countOf(receivables.terms.payment_terms_days, "day") })
              : t("receivables.paymentOnOrderHint")
        }
      >
        {limit === null ? t("receivables.noLimit") : formatMoney(limit, currency)}
      </Stat>
      <Stat label={t("receivables.outstanding")} testId="receivables-outstanding" hint={countOf(balance.order_count, "unpaidOrder")}>
        {formatMoney(balance.outstanding, currency)}
      </Stat>
      <Stat
        label={t("receivables.overdue")}
        testId="receivables-overdue"
        className={overdue ? "text-ui-fg-error" : undefined}
        hint={overdue ? t("receivables.upToLate", { days: countOf(balance.max_overdue_days, "day") }) : t("receivables.nothingOverdue")}
      >
        {formatMoney(balance.overdue, currency)}
      </Stat>
      <Stat
        label={t("receivables.availableCredit")}
        testId="receivables-available"
        className={left?.over ? "text-ui-fg-error" : undefined}
        hint={
          left === null ? (
            t("receivables.noCreditLimit")
          ) : left.over ? (
            <span className="text-ui-fg-error">{t("receivables.overLimit", { amount: formatMoney(left.over, currency) })}</span>
          ) : (
            t("receivables.ofLimit", { percent: formatPercent((Number(left.available) / Number(limit)) * 100 || 0) })
          )
        }
      >
        {left === null ? "-" : formatMoney(left.available, currency)}
      </Stat>
    </StatRow>
  )
}

/** One currency's balance by age: the stacked bar and each bucket's amount. */
const Ageing = ({ balance, showCurrency }: { balance: ReceivableBalance; showCurrency: boolean }) => {
  const { t } = useTexts("dealerPage")
  const labels = useLabels()
  const total = Number(balance.outstanding)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid={`receivables-ageing-${balance.currency_code}`}>
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus" leading="compact">
          {showCurrency ? t("receivables.ageingIn", { currency: balance.currency_code.toUpperCase() }) : t("receivables.ageing")}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle tabular-nums">
          {t("receivables.inAll", { amount: formatMoney(balance.outstanding, balance.currency_code) })}
        </Text>
      </div>
      <AgeingBar balance={balance} />
      <div className="grid grid-cols-3 gap-3 lg:grid-cols-5">
        {AGEING_BUCKETS.map((bucket) => (
          <div key={bucket} className="flex min-w-0 flex-col gap-y-0.5" data-testid={`ageing-${bucket}`}>
            <div className="flex items-center gap-x-1.5">
              <AgeingSwatch bucket={bucket} />
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                {bucket === "current" ? t("receivables.current") : t("receivables.bucketOverdue", { bucket: labels.ageing[bucket] })}
              </Text>
            </div>
            <Text
              size="small"
              weight="plus"
              leading="compact"
              className={clx(
                "tabular-nums",
                bucket !== "current" && Number(balance[bucket]) > 0 && "text-ui-fg-error"
              )}
            >
              {formatMoney(balance[bucket], balance.currency_code)}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-muted tabular-nums">
              {total > 0 ? formatPercent((Number(balance[bucket]) / total) * 100) : "-"}
            </Text>
          </div>
        ))}
      </div>
    </div>
  )
}

const UnpaidOrders = ({ orders }: { orders: ReceivableOrder[] }) => {
  const { t } = useTexts("dealerPage")
  return (
    <div data-testid="receivables-orders">
      <div className="px-6 pt-4 pb-2">
        <Text size="small" weight="plus">
          {t("receivables.unpaidOrders")}
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("receivables.order")}</Table.HeaderCell>
            <Table.HeaderCell>{t("receivables.placed")}</Table.HeaderCell>
            <Table.HeaderCell>{t("receivables.due")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("receivables.total")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("receivables.paid")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("receivables.outstanding")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("receivables.overdue")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {orders.map((order) => (
            <Table.Row key={order.order_id} data-order-id={order.order_id}>
              <Table.Cell>
                <Link
                  to={`/orders/${order.order_id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
                >
                  #{order.display_id}
                </Link>
              </Table.Cell>
              <Table.Cell>{formatDate(order.placed_at)}</Table.Cell>
              <Table.Cell title={t("receivables.paymentTerms", { days: countOf(order.payment_terms_days, "day") })}>
                {formatDate(order.due_at)}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMoney(order.total, order.currency_code)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMoney(order.paid, order.currency_code)}</Table.Cell>
              <Table.Cell className="text-right font-medium tabular-nums">
                {formatMoney(order.outstanding, order.currency_code)}
              </Table.Cell>
              <Table.Cell className="text-right">
                <OverdueBadge days={order.overdue_days} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** What the dealer owes: credit limit and what is left of it, the balance by age, and the unpaid orders. */
export const DealerReceivablesSection = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("dealerPage")
  const { data, isLoading, isError, error } = useDealerReceivables(dealer.id)
  const receivables = data?.receivables
  // The credit limit is in the dealer's currency; balances in others are aged below it.
  const balances = receivables?.balances ?? []
  const primary =
    balances.find((b) => b.currency_code === dealer.currency_code) ?? emptyBalance(dealer.currency_code)
  const others = balances.filter((b) => b.currency_code !== dealer.currency_code)
  const maxOverdue = Math.max(0, ...balances.map((b) => b.max_overdue_days))

  return (
    <Container className="divide-y p-0" data-testid="dealer-receivables-section">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("receivables.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="receivables-terms">
            {receivables ? termsLine(receivables, t) : t("receivables.description")}
          </Text>
        </div>
        {maxOverdue > 0 && (
          <Badge size="2xsmall" color="red" data-testid="receivables-overdue-badge">
            {t("receivables.daysOverdue", { days: countOf(maxOverdue, "day") })}
          </Badge>
        )}
      </div>
      {isLoading && <Skeleton className="mx-6 my-4 h-24" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {receivables && (
        <>
          <CreditFigures receivables={receivables} balance={primary} />
          {balances.length > 0 &&
            [...(primary.order_count ? [primary] : []), ...others].map((balance) => (
              <Ageing key={balance.currency_code} balance={balance} showCurrency={balances.length > 1} />
            ))}
          {receivables.orders.length > 0 ? (
            <UnpaidOrders orders={receivables.orders} />
          ) : (
            <Text size="small" className="text-ui-fg-muted px-6 py-4" data-testid="receivables-none">
              {t("receivables.nothingOutstanding")}
            </Text>
          )}
        </>
      )}
    </Container>
  )
}
