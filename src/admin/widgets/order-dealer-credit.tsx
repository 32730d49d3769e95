import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DealerRoleBadge } from "../components/dealer-badges"
import { useOrderDealer } from "../hooks/use-dealer-memberships"
import { useConflicts } from "../hooks/use-dealer-queues"
import { useTexts } from "../hooks/use-texts"
import { formatDate, formatPeriod } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { humanize } from "../lib/labels"
import { formatMoney, signClass } from "../lib/numbers"
import { withQueryClient } from "../lib/query-client"

/** The order's open conflict cases, linking to the first one in the queue. */
const OpenConflictsBadge = ({ orderId }: { orderId: string }) => {
  const { t } = useTexts("conflicts")
  const { data } = useConflicts({ order_id: orderId, status: "open", limit: 1 })
  const first = data?.conflicts[0]
  if (!first) return null
  return (
    <Link to={`/dealer-network/conflicts?case=${first.id}`} data-testid="order-open-conflicts">
      <Badge size="small" color="orange" className="whitespace-nowrap">
        {t("badge", { count: data.count })}
      </Badge>
    </Link>
  )
}

/** The order's dealer of record and the plan-ledger entries the order made. */
const OrderDealerCreditWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTexts("dealerPage")
  const { data, isLoading, isError, error } = useOrderDealer(order.id)
  const contributions = data?.contributions ?? []

  return (
    <Container className="divide-y p-0" data-testid="order-dealer-widget">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{t("widgets.credit")}</Heading>
        <OpenConflictsBadge orderId={order.id} />
      </div>
      {isLoading && <Skeleton className="mx-6 my-4 h-5 w-40" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {t("widgets.dealerOfRecord")}
          </Text>
          {data.dealer ? (
            <div className="flex flex-wrap items-center gap-2" data-testid="order-dealer">
              <Link
                to={`/dealer-network/dealers/${data.dealer.id}`}
                className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {data.dealer.code} · {data.dealer.name}
              </Link>
              {data.dealer.role && <DealerRoleBadge role={data.dealer.role} />}
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("widgets.notCredited")}
            </Text>
          )}
        </div>
      )}
      {contributions.length > 0 && (
        <ul className="flex flex-col divide-y" data-testid="order-contributions">
          {contributions.map((entry) => (
            <li key={entry.id} className="flex items-start justify-between gap-x-3 px-6 py-3">
              <div className="flex min-w-0 flex-col">
                <Text size="small" weight="plus" leading="compact">
                  {t(`widgets.causes.${entry.cause}`, { defaultValue: humanize(entry.cause) })}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle truncate">
                  {entry.dealer.code ? (
                    <Link
                      to={`/dealer-network/dealers/${entry.dealer.id}`}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                      title={entry.dealer.name}
                    >
                      {entry.dealer.code}
                    </Link>
                  ) : (
                    entry.dealer.id
                  )}
                  {" · "}
                  {formatPeriod(entry.period_key)} · {formatDate(entry.occurred_at)}
                </Text>
              </div>
              <Text
                size="small"
                leading="compact"
                className={`shrink-0 tabular-nums ${signClass(entry.amount)}`}
              >
                {formatMoney(entry.amount, entry.currency_code, { signed: true })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {data && contributions.length === 0 && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("widgets.noCredit")}
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default withQueryClient(OrderDealerCreditWidget)
