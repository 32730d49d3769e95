import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { decorateCartTotals } from "@medusajs/framework/utils"
import type { CategoryPath } from "../lib/product-categories"
import { exactText } from "./order-sale"

// What the checkout rules read of a cart, in one query over Medusa's cart and
// product tables: the cart, its items with their tax lines, adjustments and
// product categories, its shipping methods with theirs, and its credit lines.
// The totals are worked out by the cart module's own decorateCartTotals, as
// Query's cart read with `total` does, from the same rows (raw_* columns carry
// the exact amounts).

export type CheckoutCart = {
  id: string
  currency_code: string
  /** Exact decimal texts. */
  total: string
  item_subtotal: string
  items: { title: string; product_title: string | null; categories: CategoryPath[] }[]
}

const rowsOf = (table: string, where: string) =>
  `coalesce((select jsonb_agg(to_jsonb(r)) from ${table} r where ${where} and r.deleted_at is null), '[]')`

const CHECKOUT_CART_SQL = `
  select c.id, c.currency_code,
         coalesce((
           select jsonb_agg(to_jsonb(li) || jsonb_build_object(
                    'tax_lines', ${rowsOf("cart_line_item_tax_line", "r.item_id = li.id")},
                    'adjustments', ${rowsOf("cart_line_item_adjustment", "r.item_id = li.id")},
                    'categories', (select coalesce(jsonb_agg(jsonb_build_object('id', pc.id, 'mpath', pc.mpath)), '[]')
                                     from product p
                                     join product_category_product pcp on pcp.product_id = p.id
                                     join product_category pc on pc.id = pcp.product_category_id and pc.deleted_at is null
                                    where p.id = li.product_id and p.deleted_at is null))
                  order by li.created_at, li.id)
             from cart_line_item li
            where li.cart_id = c.id and li.deleted_at is null), '[]') as items,
         coalesce((
           select jsonb_agg(to_jsonb(sm) || jsonb_build_object(
                    'tax_lines', ${rowsOf("cart_shipping_method_tax_line", "r.shipping_method_id = sm.id")},
                    'adjustments', ${rowsOf("cart_shipping_method_adjustment", "r.shipping_method_id = sm.id")}))
             from cart_shipping_method sm
            where sm.cart_id = c.id and sm.deleted_at is null), '[]') as shipping_methods,
         ${rowsOf("credit_line", "r.cart_id = c.id")} as credit_lines
    from cart c
   where c.id = ? and c.deleted_at is null`

/** The cart as the checkout rules read it, with its total and item subtotal; undefined for an unknown cart. */
export async function loadCheckoutCart(knex: Knex, cartId: string): Promise<CheckoutCart | undefined> {
  const { rows } = await knex.raw(CHECKOUT_CART_SQL, [cartId])
  const [cart] = rows
  if (!cart) return undefined
  const totals = decorateCartTotals(cart)
  return {
    id: cart.id,
    currency_code: cart.currency_code,
    total: exactText(totals.total),
    item_subtotal: exactText(totals.item_subtotal ?? 0),
    items: cart.items.map((item: any) => ({ title: item.title, product_title: item.product_title, categories: item.categories })),
  }
}
