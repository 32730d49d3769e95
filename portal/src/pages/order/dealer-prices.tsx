import { Text } from "@medusajs/ui"
import type { DealerPriceBreak } from "medusa-plugin-dealer-network/client"
import { useTexts } from "../../i18n"
import { formatMoney } from "../../lib/format"

/** A variant's dealer prices: the base price and each quantity break below it. */
export function DealerPrices({ prices, currency }: { prices: DealerPriceBreak[]; currency: string }) {
  const { t } = useTexts("order")
  if (!prices.length) return <Text size="small" className="text-ui-fg-muted">{t("catalog.noPrice")}</Text>
  return (
    <div className="flex flex-col">
      {prices.map((price) => (
        <Text key={`${price.min_quantity}-${price.max_quantity}`} size="small" leading="compact" className={price.min_quantity ? "text-ui-fg-subtle" : "font-medium"}>
          {price.min_quantity ? `${t("catalog.fromQuantity", { quantity: price.min_quantity })}: ` : ""}
          {formatMoney(price.amount, currency)}
        </Text>
      ))}
    </div>
  )
}
