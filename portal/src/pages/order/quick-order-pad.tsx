import { Button, Label, StatusBadge, Table, Text, Textarea } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import type { StoreCatalogResponse, StoreCatalogVariant } from "medusa-plugin-dealer-network/client"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useTexts } from "../../i18n"
import { formatMoney } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"
import { parsePadLines, priceForQuantity, type PadLine } from "../../lib/quick-order"
import { useCart } from "../../lib/use-cart"

type LineStatus = "found" | "unknown" | "outside_assortment" | "bad_quantity"
type CheckedLine = PadLine & { status: LineStatus; variant: StoreCatalogVariant | null; title: string | null }

/** Each pasted line with what the catalogue says about its SKU. */
function checkLines(lines: PadLine[], catalog: StoreCatalogResponse): CheckedLine[] {
  const variants = new Map(
    catalog.products.flatMap((product) => product.variants.map((variant) => [variant.id, { variant, title: product.title }] as const))
  )
  const bySku = new Map((catalog.skus ?? []).map((match) => [match.sku, match]))
  return lines.map((line) => {
    const match = bySku.get(line.sku)
    const found = match?.variant_id ? variants.get(match.variant_id) : undefined
    const status: LineStatus = line.quantity === null ? "bad_quantity" : found ? "found" : match?.status === "outside_assortment" ? "outside_assortment" : "unknown"
    return { ...line, status, variant: found?.variant ?? null, title: found?.title ?? null }
  })
}

const BADGE_COLOR = { found: "green", unknown: "red", outside_assortment: "orange", bad_quantity: "red" } as const

/** SKU and quantity lines, typed or pasted from a spreadsheet, checked against the dealer's catalogue before they go to the cart. */
export function QuickOrderPad() {
  const { t } = useTexts("order")
  const { store } = usePortal()
  const { addLines } = useCart()
  const navigate = useNavigate()
  const [text, setText] = useState("")
  const lookUp = useMutation({
    mutationFn: async (lines: PadLine[]) => {
      const skus = [...new Set(lines.map((line) => line.sku))]
      const catalog = await store.catalog.list({ sku: skus, limit: 200 })
      return { currency: catalog.currency_code, lines: checkLines(lines, catalog) }
    },
  })
  const lines = parsePadLines(text)
  const checked = lookUp.data
  const orderable = checked?.lines.filter((line) => line.status === "found") ?? []
  const flagged = (checked?.lines.length ?? 0) - orderable.length

  const addToCart = () =>
    addLines.mutate(
      orderable.map((line) => ({ variant_id: line.variant!.id, quantity: line.quantity! })),
      { onSuccess: () => navigate("/cart") }
    )

  return (
    <div className="flex flex-col gap-y-3">
      <Text size="small" className="text-ui-fg-subtle">{t("quick.hint")}</Text>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quick-order-lines">{t("quick.lines")}</Label>
        <Textarea
          id="quick-order-lines"
          rows={8}
          className="font-mono"
          placeholder={"HT36-SOLO\t10\nACC-BAT-18-5;20"}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            lookUp.reset()
          }}
        />
      </div>
      <div>
        <Button variant="secondary" disabled={!lines.length} isLoading={lookUp.isPending} onClick={() => lookUp.mutate(lines)}>
          {t("quick.check")}
        </Button>
      </div>
      {lookUp.isError && <Text size="small" className="text-ui-fg-error" role="alert">{lookUp.error.message}</Text>}
      {checked && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("quick.line")}</Table.HeaderCell>
                <Table.HeaderCell>{t("quick.sku")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("quick.quantity")}</Table.HeaderCell>
                <Table.HeaderCell>{t("quick.product")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("quick.yourPrice")}</Table.HeaderCell>
                <Table.HeaderCell>{t("quick.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {checked.lines.map((line) => {
                const price = line.variant && line.quantity ? priceForQuantity(line.variant.prices, line.quantity) : null
                return (
                  <Table.Row key={line.line} data-testid="quick-order-line" data-sku={line.sku} data-status={line.status}>
                    <Table.Cell>{line.line}</Table.Cell>
                    <Table.Cell className="font-mono">{line.sku}</Table.Cell>
                    <Table.Cell className="text-right">{line.quantity ?? "—"}</Table.Cell>
                    <Table.Cell>{line.title ?? "—"}</Table.Cell>
                    <Table.Cell className="text-right">{price ? formatMoney(price.amount, checked.currency) : "—"}</Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={BADGE_COLOR[line.status]}>{t(`quick.statuses.${line.status}`)}</StatusBadge>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          {flagged > 0 && <Text size="small" className="text-ui-fg-error">{t("quick.flagged", { count: flagged })}</Text>}
          {addLines.isError && <Text size="small" className="text-ui-fg-error" role="alert">{t("quick.notAdded", { message: addLines.error.message })}</Text>}
          <div>
            <Button disabled={!orderable.length} isLoading={addLines.isPending} onClick={addToCart}>
              {t("quick.addLines", { count: orderable.length })}
            </Button>
          </div>
        </>
      )}
    </div>
  )
}
