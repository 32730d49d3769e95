import { Badge, Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { DealerReceivablesResponse, StoreDealerOrder, StoreOrdersQuery } from "medusa-plugin-dealer-network/client"
import { useState } from "react"
import { Stat } from "../../../../src/admin/components/stat"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { creditLeft, formatDay, formatMoney } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"
import { AgeingChart } from "./ageing-chart"

const FILTERS = {
  unpaid: { payment_state: ["unpaid", "partially_paid"] },
  overdue: { overdue: true },
  all: {},
} satisfies Record<string, StoreOrdersQuery>
type Filter = keyof typeof FILTERS

/** What my dealer owes: credit position, ageing, and its orders with due dates. */
export function InvoicesPage() {
  const { t } = useTexts("money")
  const { store } = usePortal()
  const receivables = useQuery({ queryKey: ["dealer-portal", "receivables"], queryFn: () => store.receivables.retrieve() })
  return (
    <>
      <div>
        <Heading>{t("invoices.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("invoices.description")}</Text>
      </div>
      <QueryState query={receivables}>{({ receivables }) => <CreditPosition receivables={receivables} />}</QueryState>
      <OrdersTable />
    </>
  )
}

function CreditPosition({ receivables }: { receivables: DealerReceivablesResponse }) {
  const { t } = useTexts("money")
  const currency = receivables.balances[0]?.currency_code
  const balance = receivables.balances[0]
  const limit = receivables.terms?.credit_limit ?? null
  const left = creditLeft(limit, balance?.outstanding ?? 0)
  return (
    <Container className="flex flex-col gap-y-4" data-testid="credit-position">
      <div className="flex items-baseline justify-between">
        <Text size="small" className="text-ui-fg-subtle">
          {receivables.terms ? t("invoices.termsHint", { count: receivables.terms.payment_terms_days }) : t("invoices.noTerms")}
        </Text>
        <Text size="small" className="text-ui-fg-muted">{t("invoices.asOf", { date: formatDay(receivables.as_of) })}</Text>
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label={t("invoices.creditLimit")} testId="invoices-credit-limit">
          {limit === null ? t("invoices.noLimit") : formatMoney(limit, currency)}
        </Stat>
        <Stat label={t("invoices.outstanding")} testId="invoices-outstanding" hint={t("invoices.orders", { count: balance?.order_count ?? 0 })}>
          {formatMoney(balance?.outstanding ?? 0, currency)}
        </Stat>
        <Stat label={t("invoices.available")} testId="invoices-available">
          {left ? formatMoney(left.available, currency) : "–"}
        </Stat>
        <Stat
          label={t("invoices.overdue")}
          testId="invoices-overdue"
          className={Number(balance?.overdue ?? 0) > 0 ? "text-ui-fg-error" : undefined}
          hint={balance && balance.max_overdue_days > 0 ? t("invoices.overdueHint", { count: balance.max_overdue_days }) : undefined}
        >
          {formatMoney(balance?.overdue ?? 0, currency)}
        </Stat>
      </div>
      {receivables.balances.map((row) => (
        <div key={row.currency_code}>
          <Text size="small" weight="plus">{t("invoices.ageing")}</Text>
          <AgeingChart balance={row} label={t("invoices.ageingLabel")} />
        </div>
      ))}
    </Container>
  )
}

function OrdersTable() {
  const { t } = useTexts("money")
  const { store } = usePortal()
  const [filter, setFilter] = useState<Filter>("unpaid")
  const orders = useQuery({
    queryKey: ["dealer-portal", "orders", filter],
    queryFn: () => store.orders.list({ ...FILTERS[filter], limit: 100 }),
  })
  return (
    <Container className="flex flex-col gap-y-3 p-0">
      <Tabs value={filter} onValueChange={(value) => setFilter(value as Filter)} className="px-6 pt-4">
        <Tabs.List>
          {(Object.keys(FILTERS) as Filter[]).map((key) => (
            <Tabs.Trigger key={key} value={key}>{t(`invoices.filter.${key}`)}</Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      <QueryState query={orders}>
        {({ orders }) =>
          orders.length ? (
            <Table data-testid="invoices-orders">
              <Table.Header>
                <Table.Row>
                  {(["order", "placed", "due", "total", "paid", "outstanding", "state"] as const).map((column) => (
                    <Table.HeaderCell key={column} className={["total", "paid", "outstanding"].includes(column) ? "text-right" : undefined}>
                      {t(`invoices.column.${column}`)}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {orders.map((order) => <OrderRow key={order.order_id} order={order} />)}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 pb-4">{t("invoices.empty")}</Text>
          )
        }
      </QueryState>
    </Container>
  )
}

function OrderRow({ order }: { order: StoreDealerOrder }) {
  const { t } = useTexts("money")
  const money = (amount: string) => formatMoney(amount, order.currency_code)
  return (
    <Table.Row data-testid="invoice-row">
      <Table.Cell>
        #{order.display_id}
        {order.placed_by_me && <Text as="span" size="xsmall" className="text-ui-fg-muted ml-2">{t("invoices.byMe")}</Text>}
      </Table.Cell>
      <Table.Cell>{formatDay(order.placed_at)}</Table.Cell>
      <Table.Cell>
        {formatDay(order.due_at)}
        {order.overdue_days > 0 && (
          <Badge size="2xsmall" color="red" className="ml-2" data-testid="invoice-overdue">
            {t("invoices.overdueDays", { count: order.overdue_days })}
          </Badge>
        )}
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{money(order.total)}</Table.Cell>
      <Table.Cell className="text-right tabular-nums">{money(order.paid)}</Table.Cell>
      <Table.Cell className="text-right tabular-nums">{money(order.outstanding)}</Table.Cell>
      <Table.Cell>
        <Badge size="2xsmall" color={order.payment_state === "paid" ? "green" : order.payment_state === "unpaid" ? "orange" : "blue"}>
          {t(`invoices.paymentState.${order.payment_state}`)}
        </Badge>
      </Table.Cell>
    </Table.Row>
  )
}
