import { Button, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { StoreCatalogProduct, StoreCatalogVariant } from "medusa-plugin-dealer-network/client"
import { useDeferredValue, useState } from "react"
import { useMember } from "../../auth/use-session"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatMoney } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"
import { useCart } from "../../lib/use-cart"
import { DealerPrices } from "./dealer-prices"
import { QuantityInput } from "./quantity-input"

const PAGE_SIZE = 20
const ALL = "all"

/** The categories of the dealer's zones: what its assortment is made of. */
function useAssortmentCategories() {
  const { me } = useMember()
  const byId = new Map<string, string>()
  for (const zone of me.dealer.zones)
    for (const { product_category } of zone.categories) if (product_category) byId.set(product_category.id, product_category.name)
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
}

/** The dealer's catalogue: its assortment at its prices, searched and paged on the server, each variant added with a quantity. */
export function CatalogTab() {
  const { t } = useTexts("order")
  const { store } = usePortal()
  const categories = useAssortmentCategories()
  const [search, setSearch] = useState("")
  const [categoryId, setCategoryId] = useState(ALL)
  const [page, setPage] = useState(0)
  const q = useDeferredValue(search.trim())
  const catalog = useQuery({
    queryKey: ["dealer-portal", "catalog", q, categoryId, page],
    queryFn: () =>
      store.catalog.list({
        q: q || undefined,
        category_id: categoryId === ALL ? undefined : categoryId,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Input
          type="search"
          className="w-72"
          placeholder={t("catalog.search")}
          aria-label={t("catalog.search")}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setPage(0)
          }}
        />
        {categories.length > 0 && (
          <div className="w-56">
            <Select value={categoryId} onValueChange={(value) => { setCategoryId(value); setPage(0) }}>
              <Select.Trigger aria-label={t("catalog.category")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("catalog.allCategories")}</Select.Item>
                {categories.map((category) => (
                  <Select.Item key={category.id} value={category.id}>{category.name}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        )}
      </div>
      <QueryState query={catalog}>
        {(data) => (
          <>
            <Text size="small" className="text-ui-fg-subtle">
              {t("catalog.products", { count: data.count })}
              {data.restricted && ` · ${t("catalog.assortmentOnly")}`}
            </Text>
            {data.products.length === 0 ? (
              <Text className="text-ui-fg-subtle">{t("catalog.empty")}</Text>
            ) : (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("catalog.product")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("catalog.sku")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("catalog.listPrice")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("catalog.yourPrice")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("catalog.quantity")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data.products.flatMap((product) =>
                    product.variants.map((variant, index) => (
                      <CatalogRow key={variant.id} product={product} variant={variant} firstOfProduct={index === 0} currency={data.currency_code} />
                    ))
                  )}
                </Table.Body>
              </Table>
            )}
            {data.count > PAGE_SIZE && (
              <div className="flex items-center justify-end gap-x-2">
                <Text size="small" className="text-ui-fg-subtle">
                  {page * PAGE_SIZE + 1}–{Math.min((page + 1) * PAGE_SIZE, data.count)} / {data.count}
                </Text>
                <Button size="small" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>‹</Button>
                <Button size="small" variant="secondary" disabled={(page + 1) * PAGE_SIZE >= data.count} onClick={() => setPage(page + 1)}>›</Button>
              </div>
            )}
          </>
        )}
      </QueryState>
    </div>
  )
}

/** One orderable variant; a product with several variants names itself on its first row only, so the rows read as the counted products. */
function CatalogRow({
  product,
  variant,
  firstOfProduct,
  currency,
}: {
  product: StoreCatalogProduct
  variant: StoreCatalogVariant
  firstOfProduct: boolean
  currency: string
}) {
  const { t } = useTexts("order")
  const { addLines } = useCart()
  const [quantity, setQuantity] = useState("1")
  const units = Number(quantity)
  const valid = Number.isInteger(units) && units >= 1
  const variantTitle = product.variants.length > 1 ? variant.title : null
  const title = variantTitle ? `${product.title} · ${variantTitle}` : product.title

  const add = () =>
    addLines.mutate([{ variant_id: variant.id, quantity: units }], {
      onSuccess: () => toast.success(t("catalog.added", { title, count: units })),
      onError: (error) => toast.error(t("catalog.notAdded", { title, message: error.message })),
    })

  return (
    <Table.Row data-testid="catalog-row" data-sku={variant.sku ?? ""}>
      <Table.Cell>
        {firstOfProduct && <Text size="small" weight="plus">{product.title}</Text>}
        {variantTitle && <Text size="small" className={firstOfProduct ? "text-ui-fg-subtle" : "text-ui-fg-subtle pl-3"}>{variantTitle}</Text>}
        {firstOfProduct && <Text size="xsmall" className="text-ui-fg-muted">{product.categories.map((c) => c.name).join(", ")}</Text>}
      </Table.Cell>
      <Table.Cell className="font-mono">{variant.sku}</Table.Cell>
      <Table.Cell className="text-ui-fg-subtle text-right">{formatMoney(variant.list_price, currency)}</Table.Cell>
      <Table.Cell>
        <DealerPrices prices={variant.prices} currency={currency} />
      </Table.Cell>
      <Table.Cell>
        <div className="flex items-center gap-x-2 py-1">
          <QuantityInput min={1} label={t("catalog.quantity")} value={quantity} onChange={(event) => setQuantity(event.target.value)} />
          <Button size="small" variant="secondary" disabled={!valid || !variant.prices.length} isLoading={addLines.isPending} onClick={add}>
            {t("catalog.add")}
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
