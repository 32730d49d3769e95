import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { Api, createPublishableKey, Headers } from "./auth"

export type WholesaleStore = {
  publishableKey: string
  salesChannelId: string
  regionId: string
  returnShippingOptionId: string
  categories: Record<string, string>
  /** Variant ids by product handle. */
  variants: Record<string, string>
  products: Record<string, string>
}

export type ProductSeed = { handle: string; title: string; price: number; category: string }

/** The products the wholesale specs sell. */
export const TOOLS = {
  drill: { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
  saw: { handle: "saw-c7", title: "Circular saw C7", price: 80.5, category: "Power tools" },
  pliers: { handle: "pliers-set", title: "Pliers set", price: 19.99, category: "Hand tools" },
} satisfies Record<string, ProductSeed>

const SHIPPING_OPTIONS = {
  /** The flat 25 EUR shipping option every wholesale store here sells with. */
  pallet: { name: "Pallet delivery", label: "Pallet", description: "Next-day pallet delivery", amount: 25, isReturn: false },
  /** The free return option returns are received with. */
  return: { name: "Return pickup", label: "Return", description: "Pickup of returned goods", amount: 0, isReturn: true },
}

/** One of the wholesale store's shipping options, in a service zone, for a shipping profile. */
export function shippingOption(kind: keyof typeof SHIPPING_OPTIONS, serviceZoneId: string, shippingProfileId: string) {
  const { name, label, description, amount, isReturn } = SHIPPING_OPTIONS[kind]
  return {
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: serviceZoneId,
    shipping_profile_id: shippingProfileId,
    type: { label, description, code: kind },
    prices: [{ currency_code: "eur", amount }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: String(isReturn), operator: "eq" as const },
    ],
  }
}

/**
 * A store that can take a real checkout: a B2B sales channel with its publishable
 * key, a EUR region, tax regions, a warehouse that ships there, and products.
 */
export async function seedWholesaleStore(
  container: MedusaContainer,
  products: ProductSeed[],
  countries: string[] = ["de", "at", "pl"]
): Promise<WholesaleStore> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const { key: publishableKey, salesChannelId } = await createPublishableKey(container, "B2B Wholesale")

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "Europe", currency_code: "eur", countries, payment_providers: ["pp_system_default"] }],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: countries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Central warehouse", address: { address_1: "Werkstr. 1", city: "Kassel", country_code: "DE" } }] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Central warehouse shipping",
    type: "shipping",
    service_zones: [
      { name: "Europe", geo_zones: countries.map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: warehouse.id, add: [salesChannelId] },
  })

  const [existingProfile] = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfileId =
    existingProfile?.id ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default", type: "default" }] },
      })
    ).result[0].id

  const serviceZoneId = fulfillmentSet.service_zones[0].id
  const { result: shippingOptions } = await createShippingOptionsWorkflow(container).run({
    input: [shippingOption("pallet", serviceZoneId, shippingProfileId), shippingOption("return", serviceZoneId, shippingProfileId)],
  })

  const categoryNames = [...new Set(products.map((p) => p.category))]
  const { result: createdCategories } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: categoryNames.map((name) => ({ name, is_active: true })) },
  })
  const categories = Object.fromEntries(createdCategories.map((c) => [c.name, c.id]))

  const { result: createdProducts } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((p) => ({
        title: p.title,
        handle: p.handle,
        status: "published" as const,
        shipping_profile_id: shippingProfileId,
        category_ids: [categories[p.category]],
        options: [{ title: "Pack", values: ["Single"] }],
        variants: [
          {
            title: "Single",
            sku: p.handle.toUpperCase(),
            options: { Pack: "Single" },
            manage_inventory: false,
            prices: [{ amount: p.price, currency_code: "eur" }],
          },
        ],
        sales_channels: [{ id: salesChannelId }],
      })),
    },
  })

  return {
    publishableKey,
    salesChannelId,
    regionId: region.id,
    returnShippingOptionId: shippingOptions.find((o) => o.name === "Return pickup")!.id,
    categories,
    products: Object.fromEntries(createdProducts.map((p) => [p.handle, p.id])),
    variants: Object.fromEntries(createdProducts.map((p) => [p.handle, p.variants[0].id])),
  }
}

export type CheckoutAddress = {
  country_code: string
  postal_code: string
  city: string
  province?: string
}

/**
 * A buyer's cart ready to complete through the store API: items, address,
 * shipping, payment session. Returns the cart's id.
 */
export async function prepareCart(
  api: Api,
  store: WholesaleStore,
  buyer: Headers,
  items: { variant_id: string; quantity: number }[],
  address: CheckoutAddress = { country_code: "de", postal_code: "34117", city: "Kassel" }
): Promise<string> {
  const shippingAddress = {
    first_name: "Wholesale",
    last_name: "Buyer",
    address_1: "Hauptstr. 5",
    ...address,
  }
  const {
    data: { cart },
  } = await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: store.salesChannelId }, buyer)
  for (const item of items) {
    await api.post(`/store/carts/${cart.id}/line-items`, item, buyer)
  }
  await api.post(`/store/carts/${cart.id}`, { shipping_address: shippingAddress, billing_address: shippingAddress }, buyer)
  const {
    data: { shipping_options },
  } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, buyer)
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, buyer)
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cart.id }, buyer)
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    buyer
  )
  return cart.id
}

/**
 * A buyer's checkout through the store API: cart, items, address, shipping,
 * payment session, completion. Returns the placed order as the API answers it.
 */
export async function checkout(
  api: Api,
  store: WholesaleStore,
  buyer: Headers,
  items: { variant_id: string; quantity: number }[],
  address?: CheckoutAddress
) {
  const cartId = await prepareCart(api, store, buyer, items, address)
  const completed = await api.post(`/store/carts/${cartId}/complete`, {}, buyer)
  if (completed.data.type !== "order") {
    throw new Error(`checkout did not place an order: ${JSON.stringify(completed.data.error ?? completed.data)}`)
  }
  return completed.data.order
}

/**
 * An admin's return through the admin API: request the items back, then
 * receive them, which emits order.return_received. Returns the return's id.
 */
export async function receiveReturn(
  api: Api,
  admin: Headers,
  store: WholesaleStore,
  orderId: string,
  items: { id: string; quantity: number }[]
): Promise<string> {
  const {
    data: { return: created },
  } = await api.post("/admin/returns", { order_id: orderId }, admin)
  await api.post(`/admin/returns/${created.id}/request-items`, { items }, admin)
  await api.post(`/admin/returns/${created.id}/shipping-method`, { shipping_option_id: store.returnShippingOptionId }, admin)
  await api.post(`/admin/returns/${created.id}/request`, {}, admin)
  await api.post(`/admin/returns/${created.id}/receive`, {}, admin)
  await api.post(`/admin/returns/${created.id}/receive-items`, { items }, admin)
  await api.post(`/admin/returns/${created.id}/receive/confirm`, {}, admin)
  return created.id
}
