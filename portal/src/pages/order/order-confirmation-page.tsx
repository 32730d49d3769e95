import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatDate, formatMoney } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"
import { ORDERS_KEY } from "../../lib/use-cart"

/** The order just placed, as the dealer's orders list has it: number, total and the due date from the payment terms. */
export function OrderConfirmationPage() {
  const { t } = useTexts("order")
  const { store } = usePortal()
  const { orderId } = useParams()
  // The newest orders come first: the one just placed is on the first page.
  const orders = useQuery({ queryKey: [...ORDERS_KEY, "latest"], queryFn: () => store.orders.list({ limit: 20 }) })
  return (
    <Container className="flex flex-col gap-y-4 p-6" data-testid="order-confirmation">
      <Heading>{t("confirmation.title")}</Heading>
      <QueryState query={orders}>
        {(data) => {
          const order = data.orders.find((candidate) => candidate.order_id === orderId)
          if (!order) return <Text className="text-ui-fg-subtle">{t("confirmation.notFound")}</Text>
          return (
            <div className="flex flex-col gap-y-2">
              <Text size="large" weight="plus" data-testid="confirmation-number">{t("confirmation.number", { number: order.display_id })}</Text>
              <dl className="grid w-fit grid-cols-[auto_auto] gap-x-8 gap-y-1">
                <Text asChild size="small" className="text-ui-fg-subtle"><dt>{t("confirmation.total")}</dt></Text>
                <Text asChild size="small" weight="plus"><dd data-testid="confirmation-total">{formatMoney(order.total, order.currency_code)}</dd></Text>
                <Text asChild size="small" className="text-ui-fg-subtle"><dt>{t("confirmation.placedAt")}</dt></Text>
                <Text asChild size="small"><dd>{formatDate(order.placed_at)}</dd></Text>
                <Text asChild size="small" className="text-ui-fg-subtle"><dt>{t("confirmation.dueAt")}</dt></Text>
                <Text asChild size="small" weight="plus">
                  <dd data-testid="confirmation-due">
                    {formatDate(order.due_at)} ({t("confirmation.terms", { count: order.payment_terms_days })})
                  </dd>
                </Text>
              </dl>
              <Text size="small" className="text-ui-fg-subtle">{t("confirmation.onAccount")}</Text>
            </div>
          )
        }}
      </QueryState>
      <div className="flex gap-x-2">
        <Button asChild size="small"><Link to="/order">{t("confirmation.orderAgain")}</Link></Button>
        <Button asChild size="small" variant="secondary"><Link to="/invoices">{t("confirmation.invoices")}</Link></Button>
      </div>
    </Container>
  )
}
