import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { Alert, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { CheckoutViolation } from "medusa-plugin-dealer-network/client"
import { Link, useNavigate } from "react-router-dom"
import { useMember } from "../../auth/use-session"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatMoney } from "../../lib/format"
import { useCart } from "../../lib/use-cart"
import { DealerCheckPanel, useViolationTexts } from "./dealer-check-panel"
import { QuantityInput } from "./quantity-input"

/** The cart: lines at the dealer's price for their quantity, the live dealer check, delivery and checkout on account. */
export function CartPage() {
  const { t } = useTexts("order")
  const cartState = useCart()
  return (
    <QueryState query={cartState.cartQuery}>
      {(cart) =>
        cart?.items?.length ? (
          <FilledCart cart={cart} />
        ) : (
          <Container className="flex flex-col items-start gap-y-3 p-6">
            <Heading>{t("cart.title")}</Heading>
            <Text className="text-ui-fg-subtle">{t("cart.empty")}</Text>
            <Button asChild variant="secondary" size="small">
              <Link to="/order">{t("cart.toCatalog")}</Link>
            </Button>
          </Container>
        )
      }
    </QueryState>
  )
}

/** Why the order was not placed: the agreement's rules it breaks, or another failure in the server's words. */
type Refusal = { violations: CheckoutViolation[] } | { failure: string }

/** "de" as "Germany" (or "Германия"): the country's name in the buyer's language. */
function countryName(code: string | null | undefined, locale: string): string | undefined {
  return code ? new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) : undefined
}

function FilledCart({ cart }: { cart: HttpTypes.StoreCart }) {
  const { t, locale } = useTexts("order")
  const { me } = useMember()
  const { check, shippingOptions, chooseShipping, checkout } = useCart()
  const navigate = useNavigate()
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const violationTexts = useViolationTexts()
  const money = (amount: number | undefined) => formatMoney(amount, cart.currency_code)
  const dealer = me.dealer

  const placeOrder = async () => {
    setRefusal(null)
    try {
      const order = await checkout.mutateAsync()
      navigate(`/order/confirmation/${order.id}`)
    } catch (error) {
      // The SDK's error keeps only the server's English message: the rules that
      // refused the order are the dealer check's, re-run now with their figures.
      const { data } = await check.refetch()
      const refusedByRules = error instanceof FetchError && error.status === 400 && data?.violations.length
      setRefusal(refusedByRules ? { violations: data.violations } : { failure: (error as Error).message })
    }
  }

  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-[1fr_22rem]">
      <Container className="flex flex-col gap-y-4 p-6">
        <Heading>{t("cart.title")}</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("cart.product")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("cart.unitPrice")}</Table.HeaderCell>
              <Table.HeaderCell>{t("cart.quantity")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("cart.lineTotal")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cart.items!.map((item) => (
              <CartLineRow key={item.id} item={item} currency={cart.currency_code} />
            ))}
          </Table.Body>
        </Table>
        <div className="ml-auto flex w-72 flex-col gap-y-1">
          <Total label={t("cart.goods")} value={money(cart.item_subtotal)} />
          {/* Net of tax, as the goods are: the tax line holds the tax on both. */}
          <Total label={t("cart.shipping")} value={money(cart.shipping_subtotal)} />
          <Total label={t("cart.tax")} value={money(cart.tax_total)} />
          <Total label={t("cart.total")} value={money(cart.total)} strong testId="cart-total" />
        </div>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="flex flex-col gap-y-1">
            <Text size="small" weight="plus">{t("cart.shipTo")}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              {[dealer.legal_name ?? dealer.name, dealer.address_line, [dealer.postal_code, dealer.city].filter(Boolean).join(" "), countryName(dealer.country_code, locale)]
                .filter(Boolean)
                .join(", ")}
            </Text>
          </div>
          <div className="w-96 max-w-full">
            <Select value={cart.shipping_methods?.[0]?.shipping_option_id ?? ""} onValueChange={(id) => chooseShipping.mutate(id)}>
              <Select.Trigger aria-label={t("cart.shippingOption")} className="whitespace-nowrap">
                <Select.Value placeholder={t("cart.chooseShipping")} />
              </Select.Trigger>
              <Select.Content>
                {(shippingOptions.data ?? []).map((option) => (
                  <Select.Item key={option.id} value={option.id}>
                    {option.name} · {formatMoney(option.amount, cart.currency_code)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        {refusal && (
          <Alert variant="error" dismissible={false}>
            <Text size="small" weight="plus">{t("cart.refused")}</Text>
            <div data-testid="checkout-refusal">
              {"violations" in refusal ? (
                violationTexts(refusal.violations).map((text) => <Text key={text} size="small">{text}</Text>)
              ) : (
                <Text size="small">{t("cart.failed", { message: refusal.failure })}</Text>
              )}
            </div>
          </Alert>
        )}
        <div className="flex justify-end">
          <Button onClick={placeOrder} isLoading={checkout.isPending} disabled={check.isFetching}>
            {t("cart.placeOrder")}
          </Button>
        </div>
      </Container>
      <div>
        <QueryState query={check}>{(data) => <DealerCheckPanel check={data} cart={cart} />}</QueryState>
      </div>
    </div>
  )
}

function Total({ label, value, strong = false, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className="flex justify-between gap-x-4">
      <Text size="small" className={strong ? "" : "text-ui-fg-subtle"} weight={strong ? "plus" : "regular"}>{label}</Text>
      <Text size="small" weight={strong ? "plus" : "regular"} data-testid={testId}>{value}</Text>
    </div>
  )
}

function CartLineRow({ item, currency }: { item: HttpTypes.StoreCartLineItem; currency: string }) {
  const { t } = useTexts("order")
  const { setQuantity } = useCart()
  const [quantity, setQuantityText] = useState(String(item.quantity))
  const commit = () => {
    const units = Number(quantity)
    if (!Number.isInteger(units) || units < 0) return setQuantityText(String(item.quantity))
    if (units !== item.quantity) setQuantity.mutate({ lineId: item.id, quantity: units })
  }
  return (
    <Table.Row data-testid="cart-line" data-sku={item.variant_sku ?? ""}>
      <Table.Cell>
        <Text size="small" weight="plus">{item.product_title}</Text>
        <Text size="xsmall" className="text-ui-fg-muted font-mono">{item.variant_sku}</Text>
      </Table.Cell>
      <Table.Cell className="text-right" data-testid="cart-line-price">{formatMoney(item.unit_price, currency)}</Table.Cell>
      <Table.Cell>
        <QuantityInput
          min={0}
          label={t("cart.quantity")}
          value={quantity}
          disabled={setQuantity.isPending}
          onChange={(event) => setQuantityText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => event.key === "Enter" && commit()}
        />
      </Table.Cell>
      <Table.Cell className="text-right">{formatMoney(item.subtotal, currency)}</Table.Cell>
      <Table.Cell className="text-right">
        <Button size="small" variant="transparent" onClick={() => setQuantity.mutate({ lineId: item.id, quantity: 0 })}>
          {t("cart.remove")}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}
