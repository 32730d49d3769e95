// Seeds the demo store and dealer network once; does nothing when the demo
// network already exists. Returns what a banner or a test needs to know.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import type { DealerRole } from "../../types/dealer-network"
import {
  APPLICATION,
  BUYER_PASSWORD,
  CATEGORIES,
  DEALERS,
  DEMO_MARKER_KEY,
  DEMO_VERSION,
  FEATURED_BUYERS,
  PRODUCTS,
  PUBLISHABLE_KEY_TITLE,
  REGION,
  SALES_CHANNEL,
  TERRITORIES,
  TIERS,
  WAREHOUSE,
} from "./demo-data"
import { seedCommerce } from "./seed-commerce"
import { seedContests } from "./seed-contests"
import { seedMaterials } from "./seed-materials"
import { seedPayoutBatches } from "./seed-payout-batches"
import { seedNetwork } from "./seed-network"
import { seedRating } from "./seed-rating"
import { countSales, SalesCounts, seedSales } from "./seed-sales"

const ALL = { take: 10_000 }

export type DemoCounts = {
  tiers: number
  territories: number
  dealers: number
  dealers_by_role: Record<DealerRole, number>
  dealers_by_status: Record<string, number>
  members: number
  customers: number
  customer_groups: number
  zones: number
  exclusive_zones: number
  agreements: number
  agreements_by_status: Record<string, number>
  applications: number
  categories: number
  products: number
}

export type DemoSeedSummary = {
  /** False when the demo network already existed. */
  created: boolean
  /** True when this run seeded the sales part (plans, orders, checks); false when the marker says it was done. */
  sales_created: boolean
  publishable_key: string | null
  region_id: string | null
  sales_channel_id: string | null
  stock_location_id: string | null
  category_ids: Record<string, string>
  product_ids: Record<string, string>
  tier_ids: Record<string, string>
  territory_ids: Record<string, string>
  dealer_ids: Record<string, string>
  application_id: string | null
  buyer_password: string
  buyer_logins: { email: string; note: string }[]
  counts: DemoCounts
  sales_counts: SalesCounts
}

export async function seedDemo(
  container: MedusaContainer,
  options: { now?: Date } = {}
): Promise<DemoSeedSummary> {
  const now = options.now ?? new Date()
  const networkExists = await demoNetworkExists(container)
  const marker = await readDemoMarker(container)
  if (networkExists && (marker?.version ?? 0) >= DEMO_VERSION) {
    return { ...(await describeDemo(container)), created: false, sales_created: false }
  }
  // Each piece of the store and network is looked up before it is written, so
  // a database seeded by an older version only gets what it lacks.
  const commerce = await seedCommerce(container)
  if (!networkExists) await seedNetwork(container, commerce.category_ids, now)
  const seeded = await describeDemo(container)
  await seedSales(
    container,
    {
      region_id: commerce.region_id,
      sales_channel_id: commerce.sales_channel_id,
      dealer_ids: seeded.dealer_ids,
      product_ids: seeded.product_ids,
      category_ids: seeded.category_ids,
    },
    now
  )
  await seedContests(container, { dealer_ids: seeded.dealer_ids, category_ids: seeded.category_ids }, now)
  // Paid from the marketing points the reward seed put into the wallets.
  await seedMaterials(container, { dealer_ids: seeded.dealer_ids })
  // After the rewards: pays out of the wallets the period closes filled.
  await seedPayoutBatches(container, seeded.dealer_ids)
  // Last: last month's rating reads the events attended and the contest closed.
  await seedRating(container, now)
  await markStoreAsSeeded(container, commerce.publishable_key, marker)
  return { ...(await describeDemo(container)), created: !networkExists, sales_created: true }
}

type DemoMarker = { version?: number; seeded_at?: string } & Record<string, unknown>

/** The marker an earlier seed left in the store's metadata, or null. */
async function readDemoMarker(container: MedusaContainer): Promise<DemoMarker | null> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  return (store?.metadata?.[DEMO_MARKER_KEY] as DemoMarker | undefined) ?? null
}

/** Every demo partner and the pending application are there. */
export async function demoNetworkExists(container: MedusaContainer): Promise<boolean> {
  const service = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const dealers = await service.listDealers({ code: DEALERS.map((d) => d.code) }, { ...ALL, select: ["id"] })
  if (dealers.length !== DEALERS.length) return false
  const [application] = await service.listDealerApplications({ email: APPLICATION.applicant.email }, { take: 1 })
  return !!application
}

/**
 * Records the seed in the store's metadata, where `npm run demo` looks to skip
 * seeding and finds what its banner prints.
 */
async function markStoreAsSeeded(container: MedusaContainer, publishableKey: string, previous: DemoMarker | null) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        metadata: {
          ...(store.metadata ?? {}),
          [DEMO_MARKER_KEY]: {
            version: DEMO_VERSION,
            seeded_at: previous?.seeded_at ?? new Date().toISOString(),
            sales_seeded_at: new Date().toISOString(),
            publishable_key: publishableKey,
            buyer_password: BUYER_PASSWORD,
            buyer_logins: FEATURED_BUYERS,
          },
        },
      },
    },
  })
}

/** The demo's ids and the database's counts, read without writing anything. */
export async function describeDemo(
  container: MedusaContainer
): Promise<Omit<DemoSeedSummary, "created" | "sales_created">> {
  const service = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const productModule = container.resolve(Modules.PRODUCT)

  const [key] = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" }, { take: 1 })
  const [region] = await container.resolve(Modules.REGION).listRegions({ name: REGION.name }, { take: 1 })
  const [channel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: SALES_CHANNEL.name }, { take: 1 })
  const [location] = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ name: WAREHOUSE.name }, { take: 1 })
  const categories = await productModule.listProductCategories(
    { handle: CATEGORIES.map((c) => c.handle) },
    { ...ALL, select: ["id", "handle"] }
  )
  const products = await productModule.listProducts(
    { handle: PRODUCTS.map((p) => p.handle) },
    { ...ALL, select: ["id", "handle"] }
  )
  const tiers = await service.listDealerTiers({ name: TIERS.map((t) => t.name) }, ALL)
  const territories = await service.listDealerTerritories({ code: TERRITORIES.map((t) => t.code) }, ALL)
  const dealers = await service.listDealers({ code: DEALERS.map((d) => d.code) }, ALL)
  const [application] = await service.listDealerApplications(
    { email: APPLICATION.applicant.email },
    { take: 1 }
  )

  return {
    publishable_key: key?.token ?? null,
    region_id: region?.id ?? null,
    sales_channel_id: channel?.id ?? null,
    stock_location_id: location?.id ?? null,
    category_ids: Object.fromEntries(categories.map((c) => [c.handle, c.id])),
    product_ids: Object.fromEntries(products.map((p) => [p.handle, p.id])),
    tier_ids: Object.fromEntries(tiers.map((t) => [t.name, t.id])),
    territory_ids: Object.fromEntries(territories.map((t) => [t.code, t.id])),
    dealer_ids: Object.fromEntries(dealers.map((d) => [d.code, d.id])),
    application_id: application?.id ?? null,
    buyer_password: BUYER_PASSWORD,
    buyer_logins: FEATURED_BUYERS,
    counts: await countDemo(container),
    sales_counts: await countSales(container),
  }
}

/** Row counts of everything the seed writes (the whole database, not only demo rows). */
export async function countDemo(container: MedusaContainer): Promise<DemoCounts> {
  const service = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const productModule = container.resolve(Modules.PRODUCT)
  const customerModule = container.resolve(Modules.CUSTOMER)
  const dealers = await service.listDealers({}, { ...ALL, select: ["id", "role", "status"] })
  const zones = await service.listDealerZones({}, { ...ALL, select: ["id", "is_exclusive"] })
  const agreements = await service.listDealerAgreements({}, { ...ALL, select: ["id", "status"] })
  const tally = (values: string[]) =>
    values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {})
  const byRole = tally(dealers.map((d) => d.role))
  return {
    tiers: (await service.listAndCountDealerTiers({}, { take: 1 }))[1],
    territories: (await service.listAndCountDealerTerritories({}, { take: 1 }))[1],
    dealers: dealers.length,
    dealers_by_role: {
      distributor: byRole.distributor ?? 0,
      dealer: byRole.dealer ?? 0,
      sub_dealer: byRole.sub_dealer ?? 0,
    },
    dealers_by_status: tally(dealers.map((d) => d.status)),
    members: (await service.listAndCountDealerMembers({}, { take: 1 }))[1],
    customers: (await customerModule.listAndCountCustomers({}, { take: 1 }))[1],
    customer_groups: (await customerModule.listAndCountCustomerGroups({}, { take: 1 }))[1],
    zones: zones.length,
    exclusive_zones: zones.filter((z) => z.is_exclusive).length,
    agreements: agreements.length,
    agreements_by_status: tally(agreements.map((a) => a.status)),
    applications: (await service.listAndCountDealerApplications({}, { take: 1 }))[1],
    categories: (await productModule.listAndCountProductCategories({}, { take: 1 }))[1],
    products: (await productModule.listAndCountProducts({}, { take: 1 }))[1],
  }
}
