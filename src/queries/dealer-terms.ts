import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { categoriesWithAncestors, CategoryPath } from "../lib/product-categories"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { agreementInForceLateral } from "./agreement-in-force"
import { exact, exactText } from "./order-sale"

export type CartTerms = {
  cart: { id: string; customer_id: string | null; sales_channel_id: string | null }
  /** The dealer whose member the cart's customer is, if any. */
  dealer: { id: string; code: string; name: string; status: string } | null
  /** The cart is in the B2B sales channel of the settings (or of the plugin options). */
  inB2BChannel: boolean
  /** The agreement in force, when the dealer is active and the cart wholesale; amounts as exact decimal texts. */
  agreement: {
    id: string
    number: string
    min_order_amount: string | null
    credit_limit: string | null
    restrict_to_assortment: boolean
  } | null
}

// The cart's customer → their membership → its dealer, the B2B channel setting
// and the dealer's agreement in force, in one statement. A cart is wholesale in
// the B2B channel, or anywhere when no channel is set; elsewhere a member shops
// as a retail customer, under no agreement.
const CART_TERMS_SQL = `
  with c as (
    select id, customer_id, sales_channel_id from cart where id = ? and deleted_at is null
  ), setting as (
    select coalesce((select b2b_sales_channel_id from dealer_network_setting where deleted_at is null limit 1), ?::text)
           as b2b_sales_channel_id
  ), dealer_of as (
    select d.id, d.code, d.name, d.status
      from c
      join dealer_member m on m.customer_id = c.customer_id and m.deleted_at is null
      join dealer d on d.id = m.dealer_id and d.deleted_at is null
     limit 1
  )
  select row_to_json(c) as cart,
         (select row_to_json(dealer_of) from dealer_of) as dealer,
         coalesce(s.b2b_sales_channel_id = c.sales_channel_id, false) as in_b2b_channel,
         (select row_to_json(terms) from (
            select a.id, a.number, ${exact("a.min_order_amount")} as min_order_amount,
                   ${exact("a.credit_limit")} as credit_limit, a.restrict_to_assortment
              from dealer_of
              join ${agreementInForceLateral("dealer_of.id", "?::timestamptz")} a on true
             where dealer_of.status = 'active'
               and (s.b2b_sales_channel_id is null or s.b2b_sales_channel_id = c.sales_channel_id)) terms) as agreement
    from c cross join setting s`

/** The wholesale terms a cart is under (see CART_TERMS_SQL); null when there is no such cart. */
export async function cartTermsOf(container: MedusaContainer, cartId: string, at: Date = new Date()): Promise<CartTerms | null> {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(CART_TERMS_SQL, [cartId, network.getOptions().b2bSalesChannelId ?? null, at, at])
  const [row] = rows
  if (!row) return null
  const { agreement } = row
  return {
    cart: row.cart,
    dealer: row.dealer,
    inB2BChannel: row.in_b2b_channel,
    agreement: agreement && {
      ...agreement,
      min_order_amount: decimalText(agreement.min_order_amount),
      credit_limit: decimalText(agreement.credit_limit),
    },
  }
}

const decimalText = (amount: string | null) => (amount == null ? null : exactText(amount))

/** The titles of the products outside the dealer's assortment (its zones' categories and below) at a moment. */
export async function productsOutsideAssortment(
  container: MedusaContainer,
  dealerId: string,
  products: { title: string; categories: CategoryPath[] }[],
  at: Date = new Date()
): Promise<string[]> {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const assortment = await network.retrieveAssortment(dealerId, at)
  if (!assortment.restricted) return []
  const allowed = new Set(assortment.category_ids)
  return products
    .filter((product) => !categoriesWithAncestors(product.categories).some((id) => allowed.has(id)))
    .map((product) => product.title)
}
