import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { getLineItemTotals, MathBN, MedusaError } from "@medusajs/framework/utils"
import type { CategoryPath } from "../lib/product-categories"

// What crediting an order to its dealer reads of it, in one query over Medusa's
// order and product tables: the order, where it ships, and its items in the
// order's current version with their tax lines, discounts and product
// categories. The items' totals are worked out by Medusa's own line-item
// function, as Query's order read with `total` does, without the rest of the
// order's totals (shipping, payments, summaries), which crediting does not use.

export type OrderSale = {
  id: string
  status: string
  customer_id: string | null
  created_at: Date
  currency_code: string
  shipping_address: { country_code: string | null; province: string | null; postal_code: string | null } | null
  items: {
    product_id: string | null
    variant_id: string | null
    quantity: string
    subtotal: string
    discount_total: string
    discount_tax_total: string
    product: { categories: CategoryPath[] } | null
  }[]
}

// raw_* columns hold the exact decimal; the numeric column is its rounded twin.
export const exact = (column: string) => `coalesce(${column.replace(/(\w+)$/, "raw_$1")}->>'value', ${column}::text)`

const ORDER_SALE_SQL = `
  select o.id, o.status, o.customer_id, o.created_at, o.currency_code,
         case when a.id is null then null
              else jsonb_build_object('country_code', a.country_code, 'province', a.province, 'postal_code', a.postal_code) end
           as shipping_address,
         coalesce((
           select jsonb_agg(jsonb_build_object(
                    'product_id', li.product_id,
                    'variant_id', li.variant_id,
                    'is_tax_inclusive', li.is_tax_inclusive,
                    'unit_price', coalesce(${exact("oi.unit_price")}, ${exact("li.unit_price")}),
                    'quantity', ${exact("oi.quantity")},
                    'return_received_quantity', ${exact("oi.return_received_quantity")},
                    'return_dismissed_quantity', ${exact("oi.return_dismissed_quantity")},
                    'tax_lines', (select coalesce(jsonb_agg(jsonb_build_object('rate', ${exact("t.rate")})), '[]')
                                    from order_line_item_tax_line t where t.item_id = li.id and t.deleted_at is null),
                    'adjustments', (select coalesce(jsonb_agg(jsonb_build_object(
                                              'amount', ${exact("adj.amount")}, 'is_tax_inclusive', adj.is_tax_inclusive)), '[]')
                                      from order_line_item_adjustment adj
                                     where adj.item_id = li.id and adj.version = oi.version and adj.deleted_at is null),
                    'categories', (select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'mpath', c.mpath)), '[]')
                                     from product_category_product pc
                                     join product_category c on c.id = pc.product_category_id and c.deleted_at is null
                                    where pc.product_id = p.id),
                    'has_product', p.id is not null)
                  order by oi.created_at, oi.id)
             from order_item oi
             join order_line_item li on li.id = oi.item_id and li.deleted_at is null
             left join product p on p.id = li.product_id and p.deleted_at is null
            where oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null), '[]') as items
    from "order" o
    left join order_address a on a.id = o.shipping_address_id and a.deleted_at is null
   where o.id = ? and o.deleted_at is null`

type ItemRow = {
  product_id: string | null
  variant_id: string | null
  is_tax_inclusive: boolean
  unit_price: string
  quantity: string
  return_received_quantity: string | null
  return_dismissed_quantity: string | null
  tax_lines: { rate: string }[]
  adjustments: { amount: string; is_tax_inclusive: boolean }[]
  categories: CategoryPath[]
  has_product: boolean
}

/** The order as crediting reads it; an unknown order id is a NOT_FOUND error, as Query's would be. */
export async function loadOrderSale(knex: Knex, orderId: string): Promise<OrderSale> {
  const { rows } = await knex.raw(ORDER_SALE_SQL, [orderId])
  const [order] = rows
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order id not found: ${orderId}`)
  return { ...order, items: (order.items as ItemRow[]).map(saleItem) }
}

function saleItem(row: ItemRow): OrderSale["items"][number] {
  const totals = getLineItemTotals(
    {
      unit_price: row.unit_price,
      quantity: row.quantity,
      is_tax_inclusive: row.is_tax_inclusive,
      tax_lines: row.tax_lines,
      adjustments: row.adjustments,
      detail: {
        return_received_quantity: row.return_received_quantity ?? 0,
        return_dismissed_quantity: row.return_dismissed_quantity ?? 0,
      },
    } as unknown as Parameters<typeof getLineItemTotals>[0], // decimal texts, which MathBN reads as it reads BigNumbers
    { includeTax: row.is_tax_inclusive }
  )
  return {
    product_id: row.product_id,
    variant_id: row.variant_id,
    quantity: row.quantity,
    subtotal: exactText(totals.subtotal),
    discount_total: exactText(totals.discount_total),
    discount_tax_total: exactText(totals.discount_tax_total),
    product: row.has_product ? { categories: row.categories } : null,
  }
}

/** Every digit of an amount, as text (a number would round it on its way between workflow steps). */
export const exactText = (amount: Parameters<typeof MathBN.convert>[0]) => MathBN.convert(amount).toFixed()
