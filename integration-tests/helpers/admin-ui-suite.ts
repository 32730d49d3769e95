/**
 * The shared harness of the admin browser suites (one file per area): a fresh
 * database and the in-repo host app per file, chromium logged in to the admin,
 * and the seeds the areas need, each called only by the files that need it.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import {
  ADMIN_USER,
  AdminApp,
  AdminBrowser,
  launchBrowser,
  logIn,
  openPluginPage,
  sidebarLink,
  startAdminApp,
  waitUntil,
} from "./browser"
import { checkout, shippingOption, WholesaleStore } from "./checkout"
import { ROOT } from "./medusa-process"
import { waitFor } from "./wait"

export type AdminUiSuite = {
  app: AdminApp
  browser: AdminBrowser
  page: Page
  /** The admin API's auth header. */
  admin: Record<string, string>
  /** Ids of what the seeds made, by dealer code or customer email (and `order`). */
  seeded: Record<string, string>
  artifacts: string
}

/** Boots the app on a database of its own, opens chromium and logs in; screenshots go to test-artifacts/<folder>/. */
export async function startAdminUiSuite(folder: string): Promise<AdminUiSuite> {
  const artifacts = path.join(ROOT, "test-artifacts", folder)
  fs.mkdirSync(artifacts, { recursive: true })
  for (const file of fs.readdirSync(artifacts)) fs.rmSync(path.join(artifacts, file), { force: true })
  const browser = await launchBrowser(artifacts)
  const app = await startAdminApp({ database: `dealer_network_ui_${folder.replace(/\W/g, "_")}_${process.pid}`, logDir: artifacts })
  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  const suite = { app, browser, page: browser.page, admin: { authorization: `Bearer ${token}` }, seeded: {}, artifacts }
  await logIn(suite.page, app.baseUrl)
  return suite
}

export async function stopAdminUiSuite(suite: AdminUiSuite | undefined) {
  await suite?.browser.close()
  await suite?.app.stop()
}

export type AdminUiSpec = AdminUiSuite & {
  tableLink: (code: string) => ReturnType<typeof tableLink>
  tableRow: (code: string) => ReturnType<typeof tableRow>
  openPluginPage: (item: string) => Promise<void>
  sidebarLink: (name: string) => ReturnType<typeof sidebarLink>
}

/**
 * A spec file's suite: started (then seeded) before the file's tests and stopped
 * after them. Its fields are filled in before the first test: read them in tests and hooks.
 */
export function useAdminUiSuite(folder: string, seed?: (suite: AdminUiSuite) => Promise<void>): AdminUiSpec {
  const spec = {
    tableLink: (code: string) => tableLink(spec.page, code),
    tableRow: (code: string) => tableRow(spec.page, code),
    openPluginPage: (item: string) => openPluginPage(spec.page, item),
    sidebarLink: (name: string) => sidebarLink(spec.page, name),
  } as AdminUiSpec
  // Booting the app, compiling the admin and logging in take minutes on a busy machine.
  beforeAll(async () => {
    Object.assign(spec, await startAdminUiSuite(folder))
    await seed?.(spec)
  }, 1_800_000)
  afterAll(() => stopAdminUiSuite(spec.app ? spec : undefined))
  return spec
}

/** This month and the one before it, as the plugin (time zone UTC here) sees them. */
const monthOf = (date: Date) => date.toISOString().slice(0, 7)
export const TODAY = new Date().toISOString().slice(0, 10)
export const PERIOD = monthOf(new Date())
export const PREVIOUS = monthOf(new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5)) - 2, 1)))
/** A month key ("2026-11") as the admin shows it in a locale: "November 2026", "ноябрь 2026 г.". */
export const monthName = (period: string, locale = "en-US") =>
  new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${period}-01T00:00:00Z`))
/** Working days (Monday to Friday) of this month: in all, and elapsed up to and including today. */
export const WORKING_DAYS = (() => {
  const [year, month] = PERIOD.split("-").map(Number)
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  let total = 0
  let elapsed = 0
  for (let day = 1; day <= days; day++) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    total++
    if (`${PERIOD}-${String(day).padStart(2, "0")}` <= TODAY) elapsed++
  }
  return { total, elapsed }
})()
export const eur = (amount: number, signed = false) =>
  new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "EUR",
    ...(signed ? { signDisplay: "exceptZero" as const } : {}),
  }).format(amount)

/** The link of a dealer's code in the dealer table. */
export const tableLink = (page: Page, code: string) => page.locator("table").getByRole("link", { name: code, exact: true })
/** The table row of a dealer, found by its code's link. */
export const tableRow = (page: Page, code: string) =>
  page.locator("table tbody tr").filter({ has: page.getByRole("link", { name: code, exact: true }) })

/**
 * A small network through the admin API: DIST-NORTH → DLR-BERLIN → SUB-POTSDAM
 * and DLR-MUNICH; DLR-BERLIN with a member, a draft agreement and an exclusive
 * zone; a customer without a dealer; a pending application from a storefront customer.
 */
export async function seedDealerNetwork(suite: AdminUiSuite) {
  const { app, admin, seeded } = suite
const createDealer = async (body: Record<string, unknown>) => {
  const { dealer } = await app.api("POST", "/admin/dealers", body, admin)
  seeded[dealer.code] = dealer.id
  return dealer
}
const north = await createDealer({
  code: "DIST-NORTH",
  name: "Nordic Distribution",
  role: "distributor",
  city: "Hamburg",
  country_code: "de",
  tax_id: "DE100000001",
})
const berlin = await createDealer({
  code: "DLR-BERLIN",
  name: "Berlin Tools",
  role: "dealer",
  parent_id: north.id,
  city: "Berlin",
  country_code: "de",
  email: "office@berlin-tools.test",
})
const potsdam = await createDealer({
  code: "SUB-POTSDAM",
  name: "Potsdam Workshop",
  role: "sub_dealer",
  parent_id: berlin.id,
  city: "Potsdam",
  country_code: "de",
})
await createDealer({
  code: "DLR-MUNICH",
  name: "Munich Machines",
  role: "dealer",
  city: "Munich",
  country_code: "de",
})

// DLR-BERLIN gets a member, a draft agreement and an exclusive zone.
const { customer } = await app.api(
  "POST",
  "/admin/customers",
  { email: "buyer@berlin-tools.test", first_name: "Bea", last_name: "Buyer" },
  admin
)
seeded[customer.email] = customer.id
await app.api("POST", `/admin/dealers/${berlin.id}/members`, { customer_id: customer.id, role: "manager" }, admin)
// A customer without a dealer, to add through the UI.
const { customer: walker } = await app.api(
  "POST",
  "/admin/customers",
  { email: "walker@berlin-tools.test", first_name: "Wes", last_name: "Walker" },
  admin
)
seeded[walker.email] = walker.id
await app.api(
  "POST",
  `/admin/dealers/${berlin.id}/agreements`,
  { number: "AGR-BERLIN-1", valid_from: "2026-01-01T00:00:00.000Z", payout_form: "cash" },
  admin
)
const { territory } = await app.api(
  "POST",
  "/admin/dealer-territories",
  { code: "DE", name: "Germany", type: "country", country_code: "de" },
  admin
)
await app.api(
  "POST",
  "/admin/dealer-zones",
  { dealer_id: berlin.id, territory_id: territory.id, is_exclusive: true, starts_at: "2026-01-01T00:00:00.000Z" },
  admin
)

// A pending application from a storefront customer.
const { api_key } = await app.api(
  "POST",
  "/admin/api-keys",
  { title: "UI test storefront", type: "publishable" },
  admin
)
const pk = { "x-publishable-api-key": api_key.token }
const applicant = { email: "owner@acme-retail.test", password: "applicant-password" }
const registration = await app.api("POST", "/auth/customer/emailpass/register", applicant)
await app.api(
  "POST",
  "/store/customers",
  { email: applicant.email, first_name: "Ada", last_name: "Acme" },
  { ...pk, authorization: `Bearer ${registration.token}` }
)
const login = await app.api("POST", "/auth/customer/emailpass", applicant)
await app.api(
  "POST",
  "/store/dealer-applications",
  { company_name: "Acme Retail", city: "Leipzig", country_code: "de", requested_role: "dealer", tax_id: "DE200000002" },
  { ...pk, authorization: `Bearer ${login.token}` }
)
}

/**
 * DLR-BERLIN's plans (this month with a focus category, last month) and its
 * sub-dealer's, and an order of its member that the plugin credits.
 */
export async function seedPlansAndOrder(suite: AdminUiSuite) {
  const { app, admin, seeded } = suite
// Plans: DLR-BERLIN this month (with a focus category) and last month, its sub-dealer this month.
const { product_category } = await app.api(
  "POST",
  "/admin/product-categories",
  { name: "Power tools", handle: "power-tools", is_active: true },
  admin
)
await app.api(
  "POST",
  "/admin/dealer-plans",
  {
    dealer_id: seeded["DLR-BERLIN"],
    period: PERIOD,
    target_amount: 20000,
    target_order_count: 40,
    targets: [{ target_type: "category", target_id: product_category.id, metric: "amount", target_value: 5000 }],
  },
  admin
)
await app.api("POST", "/admin/dealer-plans", { dealer_id: seeded["DLR-BERLIN"], period: PREVIOUS, target_amount: 12000 }, admin)
await app.api("POST", "/admin/dealer-plans", { dealer_id: seeded["SUB-POTSDAM"], period: PERIOD, target_amount: 3000 }, admin)

// An order for DLR-BERLIN's member: a draft order converted by the admin places it
// (order.placed), and the plugin credits 2 × 150 EUR to the dealer.
const { region } = await app.api(
  "POST",
  "/admin/regions",
  { name: "Germany", currency_code: "eur", countries: ["de"] },
  admin
)
const address = { first_name: "Bea", last_name: "Buyer", address_1: "Alexanderplatz 1", city: "Berlin", country_code: "de", postal_code: "10178" }
const { draft_order } = await app.api(
  "POST",
  "/admin/draft-orders",
  {
    customer_id: seeded["buyer@berlin-tools.test"],
    email: "buyer@berlin-tools.test",
    region_id: region.id,
    shipping_address: address,
    billing_address: address,
    items: [{ title: "Cordless drill X18", quantity: 2, unit_price: 150 }],
  },
  admin
)
await app.api("POST", `/admin/draft-orders/${draft_order.id}/convert-to-order`, {}, admin)
seeded.order = draft_order.id
const credit = await waitUntil(
  () => app.api("GET", `/admin/orders/${draft_order.id}/dealer`, undefined, admin),
  (res) => res.contributions.length > 0
)
if (!credit.contributions.length) throw new Error(`the order was not credited: ${JSON.stringify(credit)}`)
}

/** The "Power tools" category, created unless a seed made it already. */
async function ensurePowerTools({ app, admin }: AdminUiSuite): Promise<string> {
  const { product_categories } = await app.api("GET", "/admin/product-categories?handle=power-tools", undefined, admin)
  if (product_categories[0]) return product_categories[0].id
  const { product_category } = await app.api(
    "POST",
    "/admin/product-categories",
    { name: "Power tools", handle: "power-tools", is_active: true },
    admin
  )
  return product_category.id
}

export type ViennaSeed = {
  id: string
  channelId: string
  overdue: { id: string; display_id: number }
  current: { id: string; display_id: number }
}

/**
 * DLR-VIENNA under an agreement (30 days to pay, credit limit 5,000, minimum
 * order 100, its zone's assortment only, the wrench agreed at 100 instead of
 * 120) and two orders its member placed through the store API:
 * - 2 wrenches + 25 shipping = 225, backdated 45 days: due 15 days ago, unpaid;
 * - 1 wrench + 25 shipping = 125, placed today, 25 of it paid.
 */
export async function seedViennaReceivables(suite: AdminUiSuite): Promise<ViennaSeed> {
  const { app, admin, seeded } = suite
  const vienna: ViennaSeed = { id: "", channelId: "", overdue: { id: "", display_id: 0 }, current: { id: "", display_id: 0 } }
  // A B2B sales channel with its publishable key, a region that takes payments, a warehouse shipping there.
  const { sales_channel } = await app.api("POST", "/admin/sales-channels", { name: "B2B Wholesale" }, admin)
  vienna.channelId = sales_channel.id
  const { api_key } = await app.api("POST", "/admin/api-keys", { title: "B2B storefront", type: "publishable" }, admin)
  await app.api("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] }, admin)
  const { region } = await app.api(
    "POST",
    "/admin/regions",
    { name: "Austria", currency_code: "eur", countries: ["at"], payment_providers: ["pp_system_default"] },
    admin
  )
  await app.api("POST", "/admin/tax-regions", { country_code: "at", provider_id: "tp_system" }, admin)
  const { stock_location } = await app.api(
    "POST",
    "/admin/stock-locations",
    { name: "Vienna warehouse", address: { address_1: "Lagerstraße 1", city: "Wien", country_code: "AT" } },
    admin
  )
  await app.api("POST", `/admin/stock-locations/${stock_location.id}/fulfillment-providers`, { add: ["manual_manual"] }, admin)
  await app.api("POST", `/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [sales_channel.id] }, admin)
  const { stock_location: located } = await app.api(
    "POST",
    `/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: "Vienna shipping", type: "shipping" },
    admin
  )
  const { fulfillment_set } = await app.api(
    "POST",
    `/admin/fulfillment-sets/${located.fulfillment_sets[0].id}/service-zones?fields=*service_zones`,
    { name: "Austria", geo_zones: [{ type: "country", country_code: "at" }] },
    admin
  )
  const { shipping_profiles } = await app.api("GET", "/admin/shipping-profiles?type=default", undefined, admin)
  const shippingProfileId =
    shipping_profiles[0]?.id ??
    (await app.api("POST", "/admin/shipping-profiles", { name: "Default", type: "default" }, admin)).shipping_profile.id
  await app.api("POST", "/admin/shipping-options", shippingOption("pallet", fulfillment_set.service_zones[0].id, shippingProfileId), admin)
  const powerTools = await ensurePowerTools(suite)
  const { product } = await app.api(
    "POST",
    "/admin/products",
    {
      title: "Impact wrench W9",
      handle: "impact-wrench-w9",
      status: "published",
      shipping_profile_id: shippingProfileId,
      categories: [{ id: powerTools }],
      options: [{ title: "Pack", values: ["Single"] }],
      variants: [
        {
          title: "Single",
          sku: "IMPACT-WRENCH-W9",
          options: { Pack: "Single" },
          manage_inventory: false,
          prices: [{ amount: 120, currency_code: "eur" }],
        },
      ],
      sales_channels: [{ id: sales_channel.id }],
    },
    admin
  )
  const wrench = product.variants[0].id

  // DLR-VIENNA: a power-tools zone in Austria and an agreement in force with the wholesale terms.
  const { dealer } = await app.api(
    "POST",
    "/admin/dealers",
    { code: "DLR-VIENNA", name: "Vienna Werkzeug", role: "dealer", city: "Wien", country_code: "at" },
    admin
  )
  vienna.id = seeded[dealer.code] = dealer.id
  const since = new Date(Date.now() - 365 * 86_400_000).toISOString()
  const { territory } = await app.api(
    "POST",
    "/admin/dealer-territories",
    { code: "AT", name: "Austria", type: "country", country_code: "at" },
    admin
  )
  await app.api(
    "POST",
    "/admin/dealer-zones",
    { dealer_id: dealer.id, territory_id: territory.id, starts_at: since, product_category_ids: [powerTools] },
    admin
  )
  const { agreement } = await app.api(
    "POST",
    `/admin/dealers/${dealer.id}/agreements`,
    {
      number: "AGR-VIENNA-1",
      valid_from: since,
      payout_form: "cash",
      payment_terms_days: 30,
      credit_limit: 5000,
      min_order_amount: 100,
      restrict_to_assortment: true,
      price_terms: [{ variant_id: wrench, amount: 100 }],
    },
    admin
  )
  await app.api("POST", `/admin/dealer-agreements/${agreement.id}/activate`, {}, admin)

  // Its member registers in the storefront and checks out twice.
  const pk = { "x-publishable-api-key": api_key.token }
  const shopper = { email: "buyer@vienna-werkzeug.test", password: "buyer-password" }
  const registration = await app.api("POST", "/auth/customer/emailpass/register", shopper)
  const { customer } = await app.api(
    "POST",
    "/store/customers",
    { email: shopper.email, first_name: "Vera", last_name: "Vogel" },
    { ...pk, authorization: `Bearer ${registration.token}` }
  )
  await app.api("POST", `/admin/dealers/${dealer.id}/members`, { customer_id: customer.id, role: "buyer" }, admin)
  const login = await app.api("POST", "/auth/customer/emailpass", shopper)
  const buyer = { headers: { ...pk, authorization: `Bearer ${login.token}` } }
  const storeApi = {
    post: async (url: string, body?: unknown, config?: any) => ({ data: await app.api("POST", url, body ?? {}, config?.headers) }),
    get: async (url: string, config?: any) => ({ data: await app.api("GET", url, undefined, config?.headers) }),
  }
  const store: WholesaleStore = {
    publishableKey: api_key.token,
    salesChannelId: sales_channel.id,
    regionId: region.id,
    returnShippingOptionId: "",
    categories: { "Power tools": powerTools },
    variants: { "impact-wrench-w9": wrench },
    products: { "impact-wrench-w9": product.id },
  }
  const viennaAddress = { country_code: "at", postal_code: "1010", city: "Wien" }
  const placed = async (quantity: number) => {
    const order = await checkout(storeApi, store, buyer, [{ variant_id: wrench, quantity }], viennaAddress)
    // The order.placed subscriber links the order to the dealer: that makes it a receivable.
    await waitFor(
      () => app.api("GET", `/admin/orders/${order.id}/dealer`, undefined, admin),
      (res) => res.dealer?.id === dealer.id,
      { timeoutMs: 30_000, intervalMs: 250 }
    )
    return order
  }
  const overdue = await placed(2)
  const current = await placed(1)
  vienna.overdue = { id: overdue.id, display_id: overdue.display_id }
  vienna.current = { id: current.id, display_id: current.display_id }
  expect([overdue.total, current.total]).toEqual([225, 125])

  // 25 of the recent order is paid.
  const { order: withPayments } = await app.api(
    "GET",
    `/admin/orders/${current.id}?fields=id,*payment_collections.payments`,
    undefined,
    admin
  )
  await app.api("POST", `/admin/payments/${withPayments.payment_collections[0].payments[0].id}/capture`, { amount: 25 }, admin)
  // The first order was placed 45 days ago: with 30 days to pay it has been due for 15.
  await app.dbQuery(`update "order" set created_at = now() - interval '45 days' where id = $1`, [overdue.id])

  const { receivables: owed } = await waitFor(
    () => app.api("GET", `/admin/dealers/${dealer.id}/receivables`, undefined, admin),
    (res) => res.receivables.orders.length === 2 && res.receivables.balances[0]?.outstanding === "325.00"
  )
  expect(owed.orders.map((o: any) => [o.display_id, o.outstanding, o.overdue_days])).toEqual([
    [overdue.display_id, "225.00", 15],
    [current.display_id, "100.00", 0],
  ])
  return vienna
}
