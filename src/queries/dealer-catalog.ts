import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { moneyString } from "../lib/amounts"
import type { StoreCatalogProduct } from "../types/store"

// What a dealer may order: the published products of the B2B sales channel
// (every channel when none is set), within its assortment (the categories of
// its zones in force and below them) when that is restricted, each variant
// with the dealer's prices (its own price list's, with quantity breaks) and the
// store's list price. Read from Medusa's product, category, channel and pricing
// tables; the same assortment the checkout enforces (productsOutsideAssortment).

export type DealerCatalogFilter = {
  currencyCode: string
  /** The dealer's price list; its prices count only while it is active. */
  priceListId: string | null
  salesChannelId: string | null
  /** The assortment's categories, or null when the dealer sells everything. */
  assortmentCategoryIds: string[] | null
  categoryIds?: string[]
  search?: string
  /** Only products with a variant of one of these SKUs (upper-cased). */
  skus?: string[]
  limit: number
  offset: number
}

const IDS_IN = (param: string) => `= any(array(select jsonb_array_elements_text(${param}::jsonb)))`

/** Products in one of the categories (a JSON array parameter) or below one. */
const IN_CATEGORIES = `exists (
  select 1 from product_category_product pcp
    join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
   where pcp.product_id = p.id
     and exists (select 1 from unnest(string_to_array(c.mpath, '.') || c.id) as path(category_id)
                  where path.category_id ${IDS_IN("?")}))`

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`)
}

/** One page of the dealer's catalogue, by product title, and how many products it has. */
export async function listDealerCatalog(
  knex: Knex,
  filter: DealerCatalogFilter
): Promise<{ products: StoreCatalogProduct[]; count: number }> {
  const conditions = ["p.deleted_at is null", "p.status = 'published'"]
  const bindings: unknown[] = []
  if (filter.salesChannelId) {
    conditions.push(`exists (select 1 from product_sales_channel psc
      where psc.product_id = p.id and psc.sales_channel_id = ? and psc.deleted_at is null)`)
    bindings.push(filter.salesChannelId)
  }
  for (const categoryIds of [filter.assortmentCategoryIds, filter.categoryIds]) {
    if (!categoryIds) continue
    conditions.push(IN_CATEGORIES)
    bindings.push(JSON.stringify(categoryIds))
  }
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`
    conditions.push(`(p.title ilike ? or p.handle ilike ? or exists (
      select 1 from product_variant v where v.product_id = p.id and v.deleted_at is null and (v.sku ilike ? or v.title ilike ?)))`)
    bindings.push(pattern, pattern, pattern, pattern)
  }
  if (filter.skus) {
    conditions.push(`exists (select 1 from product_variant v
      where v.product_id = p.id and v.deleted_at is null and upper(v.sku) ${IDS_IN("?")})`)
    bindings.push(JSON.stringify(filter.skus))
  }
  const matching = `select p.* from product p where ${conditions.join(" and ")}`

  const [{ rows }, { rows: counted }] = await Promise.all([
    knex.raw(
      `with page as (
         select * from (${matching}) p order by p.title, p.id limit ${Number(filter.limit)} offset ${Number(filter.offset)}
       ), variant_prices as (
         select v.id as variant_id,
                (select min(pr.amount)::text from price pr
                  where pr.price_set_id = vps.price_set_id and pr.deleted_at is null and pr.currency_code = ?
                    and pr.price_list_id is null and coalesce(pr.rules_count, 0) = 0 and pr.min_quantity is null) as list_price,
                coalesce((select json_agg(json_build_object('amount', pr.amount::text, 'min_quantity', pr.min_quantity,
                                                            'max_quantity', pr.max_quantity)
                                          order by pr.min_quantity nulls first, pr.amount desc)
                            from price pr join price_list pl on pl.id = pr.price_list_id
                                 and pl.deleted_at is null and pl.status = 'active'
                           where pr.price_set_id = vps.price_set_id and pr.deleted_at is null
                             and pr.currency_code = ? and pr.price_list_id = ?), '[]'::json) as prices
           from page
           join product_variant v on v.product_id = page.id and v.deleted_at is null
           left join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
       )
       select page.id, page.title, page.handle, page.thumbnail,
              coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name) order by c.name)
                          from product_category_product pcp
                          join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
                         where pcp.product_id = page.id), '[]'::json) as categories,
              coalesce((select json_agg(json_build_object('id', v.id, 'title', v.title, 'sku', v.sku,
                                                          'list_price', vp.list_price, 'prices', vp.prices)
                                        order by v.variant_rank nulls last, v.title, v.id)
                          from product_variant v join variant_prices vp on vp.variant_id = v.id
                         where v.product_id = page.id and v.deleted_at is null), '[]'::json) as variants
         from page
        order by page.title, page.id`,
      [...bindings, filter.currencyCode, filter.currencyCode, filter.priceListId ?? ""] as any[]
    ),
    knex.raw(`select count(*)::int as count from (${matching}) p`, bindings as any[]),
  ])
  const money = (amount: string | null) => (amount == null ? null : moneyString(amount, filter.currencyCode))
  const products = (rows as StoreCatalogProduct[]).map((product) => ({
    ...product,
    variants: product.variants.map((variant) => ({
      ...variant,
      list_price: money(variant.list_price),
      prices: variant.prices.map((price) => ({ ...price, amount: money(price.amount)! })),
    })),
  }))
  return { products, count: counted[0].count }
}

/**
 * Which of these SKUs (upper-cased) the store sells in the B2B channel at all,
 * in or out of a dealer's assortment: the quick-order pad tells an unknown SKU
 * from one the dealer may not order.
 */
export async function skusOnSale(knex: Knex, skus: string[], salesChannelId: string | null): Promise<Set<string>> {
  const { rows } = await knex.raw(
    `select distinct upper(v.sku) as sku
       from product_variant v
       join product p on p.id = v.product_id and p.deleted_at is null and p.status = 'published'
      where v.deleted_at is null and upper(v.sku) ${IDS_IN("?")}
        and (?::text is null or exists (select 1 from product_sales_channel psc
              where psc.product_id = p.id and psc.sales_channel_id = ? and psc.deleted_at is null))`,
    [JSON.stringify(skus), salesChannelId, salesChannelId] as any[]
  )
  return new Set((rows as { sku: string }[]).map((row) => row.sku))
}
