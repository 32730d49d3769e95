import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import type { HttpTypes } from "@medusajs/types"
import type { CheckoutViolation, DealerCartCheck } from "medusa-plugin-dealer-network/client"
import { useTexts } from "../../i18n"
import { formatMoney } from "../../lib/format"

/** Each refused rule in the buyer's language, from the figures the check returns (its `message` is English). */
export function useViolationTexts() {
  const { t } = useTexts("order")
  return (violations: CheckoutViolation[]) =>
    violations.map((violation) => {
      switch (violation.code) {
        case "below_minimum_order": {
          const money = (amount: string) => formatMoney(amount, violation.figures.currency_code)
          const { min_order_amount, item_subtotal, short_by } = violation.figures
          return t("check.violations.below_minimum_order", { minimum: money(min_order_amount), goods: money(item_subtotal), short: money(short_by) })
        }
        case "credit_limit_exceeded": {
          const money = (amount: string) => formatMoney(amount, violation.figures.currency_code)
          const { credit_limit, outstanding, available, cart_total, over_by } = violation.figures
          return t("check.violations.credit_limit_exceeded", {
            limit: money(credit_limit),
            outstanding: money(outstanding),
            available: money(available),
            cart: money(cart_total),
            over: money(over_by),
          })
        }
        case "outside_assortment":
          return t("check.violations.outside_assortment", { products: violation.figures.products.join(", ") })
        default:
          return t(`check.violations.${violation.code}`)
      }
    })
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="flex items-center justify-between gap-x-4">
      <Text size="small" className="text-ui-fg-subtle">{label}</Text>
      <Text size="small" weight="plus" data-testid={testId}>{value}</Text>
    </div>
  )
}

/** The agreement's order rules on this cart, live: minimum order, assortment, credit limit, outstanding, available. */
export function DealerCheckPanel({ check, cart }: { check: DealerCartCheck; cart: HttpTypes.StoreCart }) {
  const { t } = useTexts("order")
  const violations = useViolationTexts()(check.violations)
  const money = (amount: string | number | null | undefined) => formatMoney(amount, check.currency_code)
  return (
    <Container className="flex flex-col gap-y-3 p-4" data-testid="dealer-check">
      <div className="flex items-center justify-between gap-x-2">
        <Heading level="h2">{t("check.title")}</Heading>
        <StatusBadge color={check.allowed ? "green" : "red"}>{t(check.allowed ? "check.allowed" : "check.notAllowed")}</StatusBadge>
      </div>
      {check.agreement_number && <Text size="xsmall" className="text-ui-fg-muted">{t("check.agreement", { number: check.agreement_number })}</Text>}
      <div className="flex flex-col gap-y-1">
        <Figure label={t("check.minimumOrder")} value={check.min_order_amount ? money(check.min_order_amount) : t("check.none")} testId="check-minimum" />
        <Figure label={t("check.goods")} value={money(cart.item_subtotal)} testId="check-goods" />
      </div>
      {check.credit ? (
        <div className="border-ui-border-base flex flex-col gap-y-1 border-t pt-2">
          <Figure label={t("check.creditLimit")} value={money(check.credit.credit_limit)} testId="check-credit-limit" />
          <Figure label={t("check.outstanding")} value={money(check.credit.outstanding)} testId="check-outstanding" />
          <Figure label={t("check.available")} value={money(check.credit.available)} testId="check-available" />
          <Figure label={t(cart.shipping_methods?.length ? "check.thisCart" : "check.thisCartBeforeDelivery")} value={money(check.credit.cart_total)} testId="check-cart-total" />
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">{t("check.noCreditLimit")}</Text>
      )}
      {violations.length > 0 && (
        <ul className="flex flex-col gap-y-1" data-testid="check-violations">
          {violations.map((text) => (
            <li key={text}>
              <Text size="small" className="text-ui-fg-error">{text}</Text>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
