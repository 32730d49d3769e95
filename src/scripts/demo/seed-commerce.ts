// The commerce side of the demo: a EUR region, the B2B sales channel with its
// publishable key, a warehouse that ships to the region, categories and
// products. Each piece is looked up by its natural key first, so a rerun after
// a half-finished seed completes it instead of duplicating it.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  CATEGORIES,
  CategoryHandle,
  FULFILLMENT_SET_NAME,
  PRODUCTS,
  PUBLISHABLE_KEY_TITLE,
  REGION,
  SALES_CHANNEL,
  SHIPPING_OPTIONS,
  TAX_RATES,
  WAREHOUSE,
} from "./demo-data"

export type CommerceSeed = {
  region_id: string
  sales_channel_id: string
  publishable_key: string
  stock_location_id: string
  category_ids: Record<CategoryHandle, string>
  product_ids: Record<string, string>
}

export async function seedCommerce(container: MedusaContainer): Promise<CommerceSeed> {
  const salesChannelId = await ensureSalesChannel(container)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  const regionId = await ensureRegion(container)
  await ensureTaxRegions(container)
  await ensureStoreDefaults(container, regionId)
  const shippingProfileId = await ensureShippingProfile(container)
  const { stockLocationId, serviceZoneId } = await ensureWarehouse(container, salesChannelId)
  await ensureShippingOptions(container, serviceZoneId, shippingProfileId)
  const categoryIds = await ensureCategories(container)
  const productIds = await ensureProducts(container, {
    salesChannelId,
    shippingProfileId,
    stockLocationId,
    categoryIds,
  })
  return {
    region_id: regionId,
    sales_channel_id: salesChannelId,
    publishable_key: publishableKey,
    stock_location_id: stockLocationId,
    category_ids: categoryIds,
    product_ids: productIds,
  }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const [existing] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: SALES_CHANNEL.name })
  if (existing) return existing.id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ ...SALES_CHANNEL }] },
  })
  return result[0].id
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const [existing] = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (existing) return existing.token
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "demo-seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}

async function ensureRegion(container: MedusaContainer): Promise<string> {
  const [existing] = await container.resolve(Modules.REGION).listRegions({ name: REGION.name })
  if (existing) return existing.id
  const { result } = await createRegionsWorkflow(container).run({
    input: { regions: [{ ...REGION }] },
  })
  return result[0].id
}

async function ensureTaxRegions(container: MedusaContainer) {
  const existing = await container
    .resolve(Modules.TAX)
    .listTaxRegions({ country_code: REGION.countries, parent_id: null } as any)
  const missing = REGION.countries.filter((c) => !existing.some((r) => r.country_code === c))
  if (!missing.length) return
  await createTaxRegionsWorkflow(container).run({
    input: missing.map((country_code) => ({
      country_code,
      provider_id: "tp_system",
      default_tax_rate: TAX_RATES[country_code],
    })),
  })
}

/** EUR as the store's currency and the B2B region as its default. */
async function ensureStoreDefaults(container: MedusaContainer, regionId: string) {
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { relations: ["supported_currencies"] })
  if (!store) return
  const eurIsDefault = store.supported_currencies?.some((c) => c.currency_code === "eur" && c.is_default)
  if (eurIsDefault && store.default_region_id === regionId) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [{ currency_code: "eur", is_default: true }],
        default_region_id: regionId,
      },
    },
  })
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const [existing] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default shipping profile", type: "default" }] },
  })
  return result[0].id
}

/**
 * The warehouse: a stock location that sells to the B2B channel, ships with
 * the manual provider and has a fulfillment set covering the region's countries.
 */
async function ensureWarehouse(container: MedusaContainer, salesChannelId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [existing] = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ name: WAREHOUSE.name })
  const [existingSet] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] }
  )
  if (existing && existingSet) {
    return { stockLocationId: existing.id, serviceZoneId: existingSet.service_zones[0].id }
  }

  const stockLocationId =
    existing?.id ??
    (
      await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: WAREHOUSE.name, address: WAREHOUSE.address }] },
      })
    ).result[0].id
  if (!existing) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: stockLocationId, add: [salesChannelId] },
    })
  }
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
    type: "shipping",
    service_zones: [
      {
        name: REGION.name,
        geo_zones: REGION.countries.map((country_code) => ({ country_code, type: "country" as const })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  return { stockLocationId, serviceZoneId: fulfillmentSet.service_zones[0].id }
}

async function ensureShippingOptions(
  container: MedusaContainer,
  serviceZoneId: string,
  shippingProfileId: string
) {
  const existing = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({ name: SHIPPING_OPTIONS.map((o) => o.name) })
  const missing = SHIPPING_OPTIONS.filter((o) => !existing.some((e) => e.name === o.name))
  if (!missing.length) return
  await createShippingOptionsWorkflow(container).run({
    input: missing.map((option) => ({
      name: option.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: serviceZoneId,
      shipping_profile_id: shippingProfileId,
      type: { label: option.label, description: option.name, code: option.code },
      prices: [{ currency_code: "eur", amount: option.amount }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
}

async function ensureCategories(container: MedusaContainer): Promise<Record<CategoryHandle, string>> {
  const handles = CATEGORIES.map((c) => c.handle)
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ handle: handles }, { select: ["id", "handle"], take: 1000 })
  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    created = (
      await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: missing.map((c) => ({
            name: c.name,
            handle: c.handle,
            description: c.description,
            is_active: true,
            is_internal: false,
          })),
        },
      })
    ).result
  }
  return Object.fromEntries([...existing, ...created].map((c) => [c.handle, c.id])) as Record<
    CategoryHandle,
    string
  >
}

async function ensureProducts(
  container: MedusaContainer,
  ctx: {
    salesChannelId: string
    shippingProfileId: string
    stockLocationId: string
    categoryIds: Record<CategoryHandle, string>
  }
): Promise<Record<string, string>> {
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["id", "handle"], take: 1000 })
  const missing = PRODUCTS.filter((p) => !existing.some((e) => e.handle === p.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    created = (
      await createProductsWorkflow(container).run({
        input: {
          products: missing.map((p) => ({
            title: p.title,
            handle: p.handle,
            subtitle: "Falkenstein Werkzeuge",
            description: p.description,
            status: "published" as const,
            weight: p.weight,
            origin_country: "de",
            shipping_profile_id: ctx.shippingProfileId,
            category_ids: [ctx.categoryIds[p.category]],
            options: [{ title: "Version", values: p.variants.map((v) => v.title) }],
            variants: p.variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              options: { Version: v.title },
              manage_inventory: true,
              prices: [{ amount: v.price, currency_code: "eur" }],
            })),
            sales_channels: [{ id: ctx.salesChannelId }],
          })),
        },
      })
    ).result
    await stockCreatedVariants(container, ctx.stockLocationId, missing)
  }
  return Object.fromEntries([...existing, ...created].map((p) => [p.handle, p.id]))
}

/** Opening stock at the warehouse for the inventory items the new variants got. */
async function stockCreatedVariants(
  container: MedusaContainer,
  stockLocationId: string,
  products: typeof PRODUCTS
) {
  const variants = products.flatMap((p) => p.variants)
  const items = await container
    .resolve(Modules.INVENTORY)
    .listInventoryItems({ sku: variants.map((v) => v.sku) }, { select: ["id", "sku"], take: 1000 })
  const levels = items.map((item) => ({
    location_id: stockLocationId,
    inventory_item_id: item.id,
    stocked_quantity: variants.find((v) => v.sku === item.sku)!.stock,
  }))
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}
