import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AgreedPrice, BasePrice } from "../lib/dealer-pricing"
import { mergeBasePrices } from "../lib/dealer-pricing"
import type { PriceTerm } from "../types/dealer-network"

// The price sources a dealer's price list is computed from, read from Medusa's
// pricing tables (price, product_variant_price_set) and the product module.

/**
 * The variants' prices in the currency: the store's own (no rules, no price
 * list) and the agreement's base list's where it has some. Shipping options
 * have price sets too; only product variants' count.
 */
export async function basePricesOf(
  container: MedusaContainer,
  currencyCode: string,
  basePriceListId: string | null
): Promise<BasePrice[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select p.price_set_id, p.amount::text as amount, p.min_quantity, p.max_quantity,
            p.price_list_id is not null as from_list
       from price p
       join product_variant_price_set v on v.price_set_id = p.price_set_id and v.deleted_at is null
      where p.deleted_at is null and p.currency_code = ?
        and ((p.price_list_id is null and coalesce(p.rules_count, 0) = 0) or p.price_list_id = ?)`,
    [currencyCode, basePriceListId ?? ""]
  )
  const strip = ({ from_list: _fromList, ...price }: BasePrice & { from_list: boolean }) => price
  return mergeBasePrices(
    rows.filter((row: { from_list: boolean }) => row.from_list).map(strip),
    rows.filter((row: { from_list: boolean }) => !row.from_list).map(strip)
  )
}

/** The agreement's own prices (price terms per variant), keyed by the variants' price sets. */
export async function agreedPricesOf(container: MedusaContainer, terms: PriceTerm[]): Promise<AgreedPrice[]> {
  if (!terms.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "price_set.id"],
    filters: { id: [...new Set(terms.map((term) => term.variant_id))] },
  })
  const priceSetOf = new Map(variants.map((variant: any) => [variant.id, variant.price_set?.id as string]))
  return terms
    .filter((term) => priceSetOf.get(term.variant_id))
    .map((term) => ({
      price_set_id: priceSetOf.get(term.variant_id)!,
      amount: term.amount,
      min_quantity: term.min_quantity ?? null,
      max_quantity: term.max_quantity ?? null,
    }))
}
