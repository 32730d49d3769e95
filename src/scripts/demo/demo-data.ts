// The demo network as plain data: a power-tool manufacturer ("Falkenstein
// Werkzeuge") selling in Germany, Austria and Poland through two distributors,
// dealers and sub-dealers. Dates are month offsets from the day of seeding
// (-18 = the first day of the month 18 months ago), so the data stays current.
//
// Every demo login below is public: this is demo data, never production data.
import type { DealerRole, TerritoryType } from "../../types/dealer-network"
import type { PayoutForm } from "../../types/rewards"
import type { TargetMetric, TargetType } from "../../types/sales-plan"

export const DEMO_MARKER_KEY = "dealer_network_demo"
/**
 * 1: the network and the store. 2: plans, orders, attribution, deviation check
 * and tier review. 5: engagement (events, materials, contests, rating). A database seeded by an older version gets the newer parts
 * on the next seed (scripts/demo.js keeps its own copy of this number).
 */
export const DEMO_VERSION = 6

export const BUYER_PASSWORD = "demo-buyer-2026"

// ------------------------------------------------------------------ commerce

export const REGION = {
  name: "Europe B2B",
  currency_code: "eur",
  countries: ["de", "at", "pl", "cz"],
  payment_providers: ["pp_system_default"],
}

/** Standard VAT rates of the region's countries. */
export const TAX_RATES: Record<string, { rate: number; name: string; code: string }> = {
  de: { rate: 19, name: "Umsatzsteuer", code: "DE-VAT" },
  at: { rate: 20, name: "Umsatzsteuer", code: "AT-VAT" },
  pl: { rate: 23, name: "VAT", code: "PL-VAT" },
  cz: { rate: 21, name: "DPH", code: "CZ-VAT" },
}

export const SALES_CHANNEL = {
  name: "B2B Wholesale",
  description: "Wholesale orders of distributors, dealers and sub-dealers",
}

export const PUBLISHABLE_KEY_TITLE = "B2B Wholesale storefront"

export const WAREHOUSE = {
  name: "Falkenstein central warehouse Kassel",
  address: {
    address_1: "Industriestraße 18",
    city: "Kassel",
    postal_code: "34123",
    country_code: "DE",
  },
}

export const FULFILLMENT_SET_NAME = "Falkenstein Kassel shipping"

export const SHIPPING_OPTIONS = [
  { name: "Parcel (DHL, 2–3 days)", code: "parcel", label: "Parcel", amount: 9.9 },
  { name: "Pallet freight (next working day)", code: "pallet", label: "Pallet", amount: 65 },
]

export const CATEGORIES = [
  { handle: "power-tools", name: "Power tools", description: "Cordless and corded drills, hammers, saws" },
  { handle: "hand-tools", name: "Hand tools", description: "Screwdrivers, spanners, pliers" },
  { handle: "garden", name: "Garden", description: "Cordless garden machines" },
  { handle: "accessories", name: "Accessories", description: "Batteries, chargers, bits and blades" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

export type DemoProduct = {
  handle: string
  title: string
  category: CategoryHandle
  description: string
  weight: number
  variants: { title: string; sku: string; price: number; stock: number }[]
}

/** Wholesale list prices in EUR, net. */
export const PRODUCTS: DemoProduct[] = [
  {
    handle: "fx18-cordless-drill-driver",
    title: "FX18 Cordless Drill Driver 18 V",
    category: "power-tools",
    description: "Brushless two-speed drill driver, 60 Nm, 13 mm keyless chuck.",
    weight: 1400,
    variants: [
      { title: "Solo (no battery)", sku: "FX18-DD-SOLO", price: 119, stock: 1920 },
      { title: "Kit (2 × 5.0 Ah, charger, case)", sku: "FX18-DD-KIT", price: 259, stock: 960 },
    ],
  },
  {
    handle: "rh26-rotary-hammer-sds-plus",
    title: "RH26 Rotary Hammer SDS-plus 800 W",
    category: "power-tools",
    description: "2.7 J impact energy, three modes, anti-vibration handle.",
    weight: 2900,
    variants: [{ title: "Standard", sku: "RH26-SDS", price: 189, stock: 720 }],
  },
  {
    handle: "vde-screwdriver-set-7",
    title: "VDE Screwdriver Set, 7 pcs",
    category: "hand-tools",
    description: "Insulated to 1,000 V, slotted and Phillips, with voltage tester.",
    weight: 650,
    variants: [{ title: "Standard", sku: "HT-VDE-7", price: 34.9, stock: 4800 }],
  },
  {
    handle: "combination-spanner-set-12",
    title: "Combination Spanner Set 8–22 mm, 12 pcs",
    category: "hand-tools",
    description: "Chrome-vanadium steel, 15° offset ring end, roll-up pouch.",
    weight: 2100,
    variants: [{ title: "Standard", sku: "HT-CSS-12", price: 58.5, stock: 2800 }],
  },
  {
    handle: "ht36-cordless-hedge-trimmer",
    title: "HT36 Cordless Hedge Trimmer 36 V",
    category: "garden",
    description: "60 cm laser-cut blade, 24 mm tooth spacing, 2.9 kg.",
    weight: 2900,
    variants: [
      { title: "Solo (no battery)", sku: "HT36-SOLO", price: 169, stock: 880 },
      { title: "Kit (2 × 5.0 Ah, twin charger)", sku: "HT36-KIT", price: 319, stock: 480 },
    ],
  },
  {
    handle: "lm46-cordless-lawn-mower",
    title: "LM46 Cordless Lawn Mower 46 cm",
    category: "garden",
    description: "Self-propelled, 55 l grass box, mulching kit included.",
    weight: 24000,
    variants: [{ title: "Standard", sku: "LM46", price: 389, stock: 360 }],
  },
  {
    handle: "battery-pack-18v-5ah",
    title: "Battery Pack 18 V 5.0 Ah",
    category: "accessories",
    description: "Li-ion with charge indicator; fits every Falkenstein 18 V tool.",
    weight: 620,
    variants: [{ title: "Standard", sku: "ACC-BAT-18-5", price: 69, stock: 6400 }],
  },
  {
    handle: "hss-g-drill-bit-set-19",
    title: "HSS-G Drill Bit Set, 19 pcs",
    category: "accessories",
    description: "Ground metal drill bits 1–10 mm in a metal cassette.",
    weight: 480,
    variants: [{ title: "Standard", sku: "ACC-HSS-19", price: 21.9, stock: 9600 }],
  },
]

// ------------------------------------------------------------------- network

export const TIERS = [
  {
    name: "Bronze",
    rank: 1,
    min_turnover: 0,
    window_months: 3,
    discount_percent: 3,
    description: "Entry level for every contracted partner.",
    benefits: { marketing_points_multiplier: 1, training_seats_per_year: 1 },
  },
  {
    name: "Silver",
    rank: 2,
    min_turnover: 20_000,
    window_months: 3,
    discount_percent: 6,
    description: "From EUR 20,000 turnover in the last three months.",
    benefits: { marketing_points_multiplier: 1.5, training_seats_per_year: 3, demo_tool_pool: true },
  },
  {
    name: "Gold",
    rank: 3,
    min_turnover: 45_000,
    window_months: 3,
    discount_percent: 10,
    description: "From EUR 45,000 turnover in the last three months.",
    benefits: {
      marketing_points_multiplier: 2,
      training_seats_per_year: 6,
      demo_tool_pool: true,
      dedicated_account_manager: true,
    },
  },
] as const

export type TierName = (typeof TIERS)[number]["name"]

export type DemoTerritory = {
  code: string
  name: string
  type: TerritoryType
  parent?: string
  country_code?: string
  postal_prefixes?: string[]
}

export const TERRITORIES: DemoTerritory[] = [
  { code: "DE", name: "Germany", type: "country", country_code: "de" },
  {
    code: "DE-BY",
    name: "Bavaria",
    type: "region",
    parent: "DE",
    postal_prefixes: ["80", "81", "82", "83", "84", "85", "86", "87", "90", "91", "92", "93", "94", "95", "96", "97"],
  },
  { code: "DE-BY-MUC", name: "Munich", type: "city", parent: "DE-BY", postal_prefixes: ["80", "81"] },
  { code: "DE-BY-NUE", name: "Nuremberg", type: "city", parent: "DE-BY", postal_prefixes: ["90"] },
  {
    code: "DE-NW",
    name: "North Rhine-Westphalia",
    type: "region",
    parent: "DE",
    postal_prefixes: ["32", "33", "40", "41", "42", "44", "45", "46", "47", "48", "50", "51", "52", "53", "57", "58", "59"],
  },
  { code: "DE-NW-CGN", name: "Cologne", type: "city", parent: "DE-NW", postal_prefixes: ["50", "51"] },
  { code: "DE-NW-DUS", name: "Düsseldorf", type: "city", parent: "DE-NW", postal_prefixes: ["40"] },
  { code: "AT", name: "Austria", type: "country", country_code: "at" },
  { code: "AT-VIE", name: "Vienna", type: "city", parent: "AT", postal_prefixes: ["1"] },
  { code: "PL", name: "Poland", type: "country", country_code: "pl" },
  {
    code: "PL-MZ",
    name: "Masovia",
    type: "region",
    parent: "PL",
    postal_prefixes: ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "26", "27"],
  },
  { code: "PL-MZ-WAW", name: "Warsaw", type: "city", parent: "PL-MZ", postal_prefixes: ["00", "01", "02", "03", "04"] },
]

export type DemoPerson = { first_name: string; last_name: string; email: string; phone: string }

export type DemoZone = {
  territory: string
  is_exclusive: boolean
  /** Empty: the whole assortment. */
  categories: CategoryHandle[]
  starts: number
  ends?: number
  note?: string
}

export type DemoAgreement = {
  valid_from: number
  valid_to?: number
  terms: {
    min_monthly_turnover?: number
    min_annual_turnover?: number
    discount_percent: number
    payment_terms_days: number
    credit_limit: number
    conflict_policy: "credit_zone_owner" | "split" | "keep_seller" | "manual_review"
    split_share_percent?: number
    payout_form: PayoutForm
    interaction_rules?: string
    support_commitments?: Record<string, unknown>
  }
  /** active (default), draft (never activated) or terminated (activated, then ended early). */
  outcome?: "active" | "draft" | "terminated"
  /** A second version in force from this month offset, with the changed terms. */
  next_version?: { effective_from: number; changes: Partial<DemoAgreement["terms"]>; note: string }
  termination?: { at: number; reason: string }
}

export type DemoDealer = {
  code: string
  name: string
  legal_name: string
  legal_type: "company" | "individual_entrepreneur"
  role: DealerRole
  parent?: string
  tier: TierName
  tier_pinned?: boolean
  tax_id: string
  email: string
  phone: string
  website: string
  address_line: string
  city: string
  province: string
  postal_code: string
  country_code: string
  owner: DemoPerson
  buyer: DemoPerson
  zones: DemoZone[]
  agreement: DemoAgreement
}

// Zones: distributors hold non-exclusive zones for garden and accessories; the
// exclusive zones of dealers cover other categories or other places, so no
// exclusive zone overlaps another dealer's zone.
export const DEALERS: DemoDealer[] = [
  {
    code: "BAUTEC",
    name: "Bautec Süd Distribution",
    legal_name: "Bautec Süd Distribution GmbH",
    legal_type: "company",
    role: "distributor",
    tier: "Gold",
    tier_pinned: true,
    tax_id: "DE287654321",
    email: "vertrieb@bautec-sued.example",
    phone: "+49 89 545412-0",
    website: "https://bautec-sued.example",
    address_line: "Landsberger Straße 302",
    city: "München",
    province: "Bayern",
    postal_code: "80687",
    country_code: "de",
    owner: { first_name: "Stefan", last_name: "Bauer", email: "s.bauer@bautec-sued.example", phone: "+49 89 545412-10" },
    buyer: { first_name: "Katrin", last_name: "Lehmann", email: "einkauf@bautec-sued.example", phone: "+49 89 545412-31" },
    zones: [
      {
        territory: "DE",
        is_exclusive: false,
        categories: ["garden", "accessories"],
        starts: -24,
        note: "Nationwide logistics partner for garden and accessories",
      },
    ],
    agreement: {
      valid_from: -24,
      terms: {
        min_monthly_turnover: 22_000,
        discount_percent: 18,
        payment_terms_days: 60,
        credit_limit: 500_000,
        conflict_policy: "manual_review",
        payout_form: "cash",
        interaction_rules: "Supplies the dealers in Bavaria and NRW from its own stock; weekly sell-out report.",
        support_commitments: { marketing_budget_eur: 20_000, trainings_per_year: 4, demo_vans: 2 },
      },
    },
  },
  {
    code: "WISLA",
    name: "Wisła Narzędzia Dystrybucja",
    legal_name: "Wisła Narzędzia Dystrybucja Sp. z o.o.",
    legal_type: "company",
    role: "distributor",
    tier: "Gold",
    tier_pinned: true,
    tax_id: "PL5272845613",
    email: "biuro@wisla-narzedzia.example",
    phone: "+48 22 532 18 00",
    website: "https://wisla-narzedzia.example",
    address_line: "ul. Połczyńska 97",
    city: "Warszawa",
    province: "Mazowieckie",
    postal_code: "01-303",
    country_code: "pl",
    owner: { first_name: "Andrzej", last_name: "Zieliński", email: "a.zielinski@wisla-narzedzia.example", phone: "+48 22 532 18 01" },
    buyer: { first_name: "Magdalena", last_name: "Wiśniewska", email: "zakupy@wisla-narzedzia.example", phone: "+48 22 532 18 14" },
    zones: [
      { territory: "PL", is_exclusive: false, categories: ["garden", "accessories"], starts: -20 },
    ],
    agreement: {
      valid_from: -20,
      valid_to: 16,
      terms: {
        min_monthly_turnover: 17_000,
        discount_percent: 16,
        payment_terms_days: 45,
        credit_limit: 300_000,
        conflict_policy: "split",
        split_share_percent: 40,
        payout_form: "receivable_offset",
        support_commitments: { marketing_budget_eur: 12_000, trainings_per_year: 3 },
      },
    },
  },
  {
    code: "HUBER",
    name: "Werkzeug Huber",
    legal_name: "Werkzeug Huber GmbH & Co. KG",
    legal_type: "company",
    role: "dealer",
    parent: "BAUTEC",
    tier: "Gold",
    tax_id: "DE813456789",
    email: "info@werkzeug-huber.example",
    phone: "+49 89 3077 450",
    website: "https://werkzeug-huber.example",
    address_line: "Schleißheimer Straße 214",
    city: "München",
    province: "Bayern",
    postal_code: "80797",
    country_code: "de",
    owner: { first_name: "Josef", last_name: "Huber", email: "j.huber@werkzeug-huber.example", phone: "+49 89 3077 451" },
    buyer: { first_name: "Lisa", last_name: "Wagner", email: "einkauf@werkzeug-huber.example", phone: "+49 89 3077 455" },
    zones: [
      { territory: "DE-BY-MUC", is_exclusive: true, categories: ["power-tools", "hand-tools"], starts: -18 },
    ],
    agreement: {
      valid_from: -18,
      terms: {
        min_monthly_turnover: 9_000,
        discount_percent: 10,
        payment_terms_days: 30,
        credit_limit: 60_000,
        conflict_policy: "credit_zone_owner",
        payout_form: "next_period_discount",
        support_commitments: { shop_in_shop: true, trainings_per_year: 2 },
      },
      next_version: {
        effective_from: -3,
        changes: { discount_percent: 12, credit_limit: 90_000, min_monthly_turnover: 11_000 },
        note: "Upgraded to Gold: higher discount and credit line",
      },
    },
  },
  {
    code: "NORIS",
    name: "Noris Maschinenhandel",
    legal_name: "Noris Maschinenhandel GmbH",
    legal_type: "company",
    role: "dealer",
    parent: "BAUTEC",
    tier: "Silver",
    tax_id: "DE245678123",
    email: "service@noris-maschinen.example",
    phone: "+49 911 93 64 20",
    website: "https://noris-maschinen.example",
    address_line: "Fürther Straße 212",
    city: "Nürnberg",
    province: "Bayern",
    postal_code: "90429",
    country_code: "de",
    owner: { first_name: "Markus", last_name: "Frank", email: "m.frank@noris-maschinen.example", phone: "+49 911 93 64 21" },
    buyer: { first_name: "Tobias", last_name: "Schreiber", email: "bestellung@noris-maschinen.example", phone: "+49 911 93 64 28" },
    zones: [
      { territory: "DE-BY-NUE", is_exclusive: true, categories: ["power-tools", "hand-tools"], starts: -15 },
    ],
    agreement: {
      valid_from: -15,
      terms: {
        min_monthly_turnover: 6_500,
        discount_percent: 9,
        payment_terms_days: 30,
        credit_limit: 40_000,
        conflict_policy: "keep_seller",
        payout_form: "marketing_points",
      },
    },
  },
  {
    code: "RHEIN",
    name: "Rheinland Werkzeugtechnik",
    legal_name: "Rheinland Werkzeugtechnik GmbH",
    legal_type: "company",
    role: "dealer",
    parent: "BAUTEC",
    // Its tier when it signed; last month's review promotes it to Silver (the tier history).
    tier: "Bronze",
    tax_id: "DE301234567",
    email: "kontakt@rheinland-werkzeug.example",
    phone: "+49 221 48 55 60",
    website: "https://rheinland-werkzeug.example",
    address_line: "Dürener Straße 401",
    city: "Köln",
    province: "Nordrhein-Westfalen",
    postal_code: "50858",
    country_code: "de",
    owner: { first_name: "Claudia", last_name: "Becker", email: "c.becker@rheinland-werkzeug.example", phone: "+49 221 48 55 61" },
    buyer: { first_name: "Jan", last_name: "Hoffmann", email: "einkauf@rheinland-werkzeug.example", phone: "+49 221 48 55 67" },
    zones: [
      { territory: "DE-NW-CGN", is_exclusive: true, categories: ["power-tools", "hand-tools"], starts: -12 },
      {
        territory: "DE-NW-DUS",
        is_exclusive: false,
        categories: ["power-tools"],
        starts: -6,
        ends: 13,
        note: "Pilot outside the home city until the end of next year",
      },
    ],
    agreement: {
      valid_from: -12,
      terms: {
        min_monthly_turnover: 8_000,
        discount_percent: 10,
        payment_terms_days: 30,
        credit_limit: 50_000,
        conflict_policy: "credit_zone_owner",
        payout_form: "receivable_offset",
      },
    },
  },
  {
    code: "ALPEN",
    name: "Alpen Werkzeughandel",
    legal_name: "Alpen Werkzeughandel GmbH",
    legal_type: "company",
    role: "dealer",
    tier: "Silver",
    tax_id: "ATU63456789",
    email: "office@alpen-werkzeug.example",
    phone: "+43 1 604 22 80",
    website: "https://alpen-werkzeug.example",
    address_line: "Triester Straße 64",
    city: "Wien",
    province: "Wien",
    postal_code: "1100",
    country_code: "at",
    owner: { first_name: "Martin", last_name: "Gruber", email: "m.gruber@alpen-werkzeug.example", phone: "+43 1 604 22 81" },
    buyer: { first_name: "Sabine", last_name: "Pichler", email: "einkauf@alpen-werkzeug.example", phone: "+43 1 604 22 85" },
    zones: [
      {
        territory: "AT",
        is_exclusive: true,
        categories: ["power-tools", "hand-tools", "accessories"],
        starts: -14,
        note: "Sole importer for Austria",
      },
    ],
    agreement: {
      valid_from: -14,
      valid_to: 10,
      terms: {
        min_monthly_turnover: 9_000,
        discount_percent: 11,
        payment_terms_days: 45,
        credit_limit: 70_000,
        conflict_policy: "split",
        split_share_percent: 50,
        payout_form: "cash",
      },
    },
  },
  {
    code: "KOWALSKI",
    name: "Narzędziownia Kowalski",
    legal_name: "Narzędziownia Kowalski sp.j.",
    legal_type: "company",
    role: "dealer",
    parent: "WISLA",
    tier: "Bronze",
    tax_id: "PL1132567890",
    email: "sklep@narzedziownia-kowalski.example",
    phone: "+48 22 810 44 12",
    website: "https://narzedziownia-kowalski.example",
    address_line: "ul. Grochowska 306",
    city: "Warszawa",
    province: "Mazowieckie",
    postal_code: "03-839",
    country_code: "pl",
    owner: { first_name: "Piotr", last_name: "Kowalski", email: "p.kowalski@narzedziownia-kowalski.example", phone: "+48 22 810 44 13" },
    buyer: { first_name: "Agnieszka", last_name: "Nowicka", email: "zamowienia@narzedziownia-kowalski.example", phone: "+48 22 810 44 19" },
    zones: [
      { territory: "PL-MZ-WAW", is_exclusive: true, categories: ["power-tools", "hand-tools"], starts: -10 },
    ],
    agreement: {
      valid_from: -10,
      terms: {
        min_monthly_turnover: 4_500,
        discount_percent: 8,
        payment_terms_days: 21,
        credit_limit: 35_000,
        conflict_policy: "manual_review",
        payout_form: "marketing_points",
      },
    },
  },
  {
    code: "BRANDL",
    name: "Eisenwaren Brandl",
    legal_name: "Eisenwaren Brandl e.K.",
    legal_type: "individual_entrepreneur",
    role: "sub_dealer",
    parent: "HUBER",
    tier: "Bronze",
    tax_id: "DE198765432",
    email: "laden@eisenwaren-brandl.example",
    phone: "+49 8161 9 44 70",
    website: "https://eisenwaren-brandl.example",
    address_line: "Obere Hauptstraße 12",
    city: "Freising",
    province: "Bayern",
    postal_code: "85354",
    country_code: "de",
    owner: { first_name: "Georg", last_name: "Brandl", email: "g.brandl@eisenwaren-brandl.example", phone: "+49 8161 9 44 71" },
    buyer: { first_name: "Anna", last_name: "Brandl", email: "einkauf@eisenwaren-brandl.example", phone: "+49 8161 9 44 72" },
    zones: [
      {
        territory: "DE-BY",
        is_exclusive: false,
        categories: ["accessories"],
        starts: -9,
        note: "Accessories across Bavaria, alongside the distributor",
      },
    ],
    agreement: {
      valid_from: -9,
      terms: {
        discount_percent: 5,
        payment_terms_days: 14,
        credit_limit: 10_000,
        conflict_policy: "credit_zone_owner",
        payout_form: "next_period_discount",
      },
    },
  },
  {
    code: "KRAEMER",
    name: "Schrauben Krämer",
    legal_name: "Schrauben Krämer e.K.",
    legal_type: "individual_entrepreneur",
    role: "sub_dealer",
    parent: "RHEIN",
    tier: "Bronze",
    tax_id: "DE276543210",
    email: "info@schrauben-kraemer.example",
    phone: "+49 211 77 21 90",
    website: "https://schrauben-kraemer.example",
    address_line: "Kölner Straße 180",
    city: "Düsseldorf",
    province: "Nordrhein-Westfalen",
    postal_code: "40227",
    country_code: "de",
    owner: { first_name: "Heinz", last_name: "Krämer", email: "h.kraemer@schrauben-kraemer.example", phone: "+49 211 77 21 91" },
    buyer: { first_name: "Dennis", last_name: "Krüger", email: "bestellung@schrauben-kraemer.example", phone: "+49 211 77 21 95" },
    zones: [
      {
        territory: "DE-NW-DUS",
        is_exclusive: false,
        categories: ["hand-tools", "accessories"],
        starts: -11,
        ends: -2,
        note: "Ended with the agreement",
      },
    ],
    agreement: {
      valid_from: -11,
      terms: {
        discount_percent: 5,
        payment_terms_days: 14,
        credit_limit: 8_000,
        conflict_policy: "manual_review",
        payout_form: "cash",
      },
      outcome: "terminated",
      termination: { at: -2, reason: "Repeated sales into the Cologne exclusive zone despite two warnings" },
    },
  },
  {
    code: "WIESER",
    name: "Gartentechnik Wieser",
    legal_name: "Gartentechnik Wieser KG",
    legal_type: "company",
    role: "sub_dealer",
    parent: "ALPEN",
    tier: "Bronze",
    tax_id: "ATU71234568",
    email: "verkauf@gartentechnik-wieser.example",
    phone: "+43 1 259 63 40",
    website: "https://gartentechnik-wieser.example",
    address_line: "Brünner Straße 131",
    city: "Wien",
    province: "Wien",
    postal_code: "1210",
    country_code: "at",
    owner: { first_name: "Christina", last_name: "Wieser", email: "c.wieser@gartentechnik-wieser.example", phone: "+43 1 259 63 41" },
    buyer: { first_name: "Florian", last_name: "Bauer", email: "einkauf@gartentechnik-wieser.example", phone: "+43 1 259 63 45" },
    zones: [{ territory: "AT-VIE", is_exclusive: true, categories: ["garden"], starts: 0 }],
    agreement: {
      valid_from: 1,
      valid_to: 25,
      terms: {
        min_monthly_turnover: 6_000,
        discount_percent: 6,
        payment_terms_days: 30,
        credit_limit: 15_000,
        conflict_policy: "split",
        split_share_percent: 30,
        payout_form: "receivable_offset",
      },
      outcome: "draft",
    },
  },
  {
    code: "NOWAK",
    name: "P.H.U. Nowak",
    legal_name: "Przedsiębiorstwo Handlowo-Usługowe Marek Nowak",
    legal_type: "individual_entrepreneur",
    role: "sub_dealer",
    parent: "WISLA",
    tier: "Bronze",
    tax_id: "PL7962345678",
    email: "biuro@phu-nowak.example",
    phone: "+48 48 362 71 05",
    website: "https://phu-nowak.example",
    address_line: "ul. Żeromskiego 55",
    city: "Radom",
    province: "Mazowieckie",
    postal_code: "26-600",
    country_code: "pl",
    owner: { first_name: "Marek", last_name: "Nowak", email: "m.nowak@phu-nowak.example", phone: "+48 48 362 71 06" },
    buyer: { first_name: "Ewa", last_name: "Nowak", email: "e.nowak@phu-nowak.example", phone: "+48 48 362 71 07" },
    zones: [{ territory: "PL-MZ", is_exclusive: false, categories: ["garden"], starts: -7 }],
    agreement: {
      valid_from: -7,
      terms: {
        discount_percent: 5,
        payment_terms_days: 14,
        credit_limit: 8_000,
        conflict_policy: "keep_seller",
        payout_form: "marketing_points",
      },
    },
  },
]

/** A company that applied to join the network and waits for review. */
export const APPLICATION = {
  applicant: {
    first_name: "Thomas",
    last_name: "Steiner",
    email: "t.steiner@steiner-baubedarf.example",
    phone: "+43 316 71 84 20",
  },
  address: { address_1: "Kärntner Straße 92", postal_code: "8053" },
  company_name: "Steiner Baubedarf GmbH",
  legal_type: "company" as const,
  requested_role: "dealer" as const,
  tax_id: "ATU69876543",
  city: "Graz",
  country_code: "at",
  desired_territory: "AT",
  desired_region: "Styria",
  expected_monthly_volume: 18_000,
  message:
    "Builders' merchant with two branches in Graz and Leoben; we would like to add the Falkenstein cordless range for our trade customers.",
}

/** The logins the demo banner shows (all use BUYER_PASSWORD). */
export const FEATURED_BUYERS = [
  { email: "einkauf@werkzeug-huber.example", note: "buyer at dealer HUBER (Munich, contract v2)" },
  { email: "zakupy@wisla-narzedzia.example", note: "buyer at distributor WISLA (Warsaw)" },
  { email: "einkauf@eisenwaren-brandl.example", note: "buyer at sub-dealer BRANDL (Freising)" },
  { email: APPLICATION.applicant.email, note: "applicant with a pending dealer application" },
]

// ------------------------------------------------------------- sales plans

export type DemoFocusTarget = {
  target_type: TargetType
  /** A product or category handle. */
  handle: string
  metric: TargetMetric
  value: number
  label: string
}

export type DemoPlan = {
  dealer: string
  /** The current month's target, EUR net; earlier months scale it by PLAN_MONTHS. */
  amount: number
  order_count: number
  focus: DemoFocusTarget[]
}

/**
 * The months that get a plan, as offsets from the current month, and their
 * share of its plan: three full months before this one, and this one.
 */
export const PLAN_MONTHS = [
  { offset: -3, factor: 0.9 },
  { offset: -2, factor: 0.95 },
  { offset: -1, factor: 1 },
  { offset: 0, factor: 1 },
]

/** A month's plan amount for a plan (EUR, rounded to 500 as a planner would). */
export function planAmountOf(plan: DemoPlan, factor: number): number {
  return roundTo(plan.amount * factor, 500)
}

export function roundTo(value: number, step: number) {
  return Math.max(step, Math.round(value / step) * step)
}

/**
 * How much of its plan each partner sells, month by month (the three months
 * before this one, then this month's pace): some ahead, some behind, and
 * KOWALSKI falling far behind (a volume-commitment alert for last month and a
 * behind-plan alert this month). Tiers follow: HUBER's quarter keeps Gold,
 * NORIS and ALPEN keep Silver, RHEIN earns Silver.
 */
export const PERFORMANCE: Record<string, [number, number, number, number]> = {
  BAUTEC: [1.05, 1.1, 1.08, 1.05],
  WISLA: [0.92, 0.88, 0.85, 0.82],
  HUBER: [1.1, 1.15, 1.2, 1.18],
  NORIS: [0.95, 0.9, 0.85, 0.8],
  RHEIN: [0.95, 1, 1.05, 1.02],
  ALPEN: [1.05, 1.08, 1.12, 1.15],
  KOWALSKI: [0.7, 0.55, 0.4, 0.35],
  BRANDL: [1.1, 1.2, 1.25, 1.3],
  NOWAK: [0.85, 0.9, 0.8, 0.75],
}

const drillKits = (value: number): DemoFocusTarget => ({
  target_type: "product",
  handle: "fx18-cordless-drill-driver",
  metric: "quantity",
  value,
  label: "FX18 launch: drill drivers sold",
})
const category = (handle: CategoryHandle, value: number, label: string): DemoFocusTarget => ({
  target_type: "category",
  handle,
  metric: "amount",
  value,
  label,
})

/** A plan for every active partner, sized to its contract's monthly volume. */
export const PLANS: DemoPlan[] = [
  { dealer: "BAUTEC", amount: 30_000, order_count: 8, focus: [category("garden", 15_000, "Garden season")] },
  { dealer: "WISLA", amount: 24_000, order_count: 6, focus: [category("garden", 10_000, "Garden season")] },
  { dealer: "HUBER", amount: 15_000, order_count: 5, focus: [drillKits(40), category("hand-tools", 3_000, "Hand tools")] },
  { dealer: "NORIS", amount: 9_000, order_count: 4, focus: [drillKits(25)] },
  { dealer: "RHEIN", amount: 11_000, order_count: 4, focus: [drillKits(30), category("hand-tools", 2_500, "Hand tools")] },
  { dealer: "ALPEN", amount: 12_000, order_count: 4, focus: [drillKits(30), category("accessories", 3_000, "Batteries and bits")] },
  { dealer: "KOWALSKI", amount: 6_000, order_count: 3, focus: [drillKits(15)] },
  { dealer: "BRANDL", amount: 2_500, order_count: 2, focus: [category("accessories", 2_500, "Batteries and bits")] },
  { dealer: "NOWAK", amount: 2_000, order_count: 2, focus: [category("garden", 2_000, "Garden season")] },
]

// ------------------------------------------------------------------ orders

/** The order metadata key naming the demo order, so a rerun places only missing ones. */
export const DEMO_ORDER_KEY = "dealer_network_demo_order"

export type DemoShipTo = {
  company: string
  address_1: string
  city: string
  postal_code: string
  province?: string
  country_code: string
}

export type DemoOrder = {
  key: string
  dealer: string
  /** Which member places it (default: the buyer). */
  by?: "buyer" | "owner"
  items: { sku: string; quantity: number }[]
  shipping: "parcel" | "pallet"
  /** Default: the dealer's own address. */
  ship_to?: DemoShipTo
  /** An old invoice placed once, this many days back; without it, a month's basket (see order-schedule.ts). */
  placed_days_ago?: number
}

/**
 * Each partner's orders of a month, the basket order-schedule.ts scales to the
 * month's plan and PERFORMANCE and dates into the month (the current month
 * gets the share of them that its elapsed days call for; earlier months get
 * them merged into one stock order). Placed through the store's cart workflows. Each partner orders within its zones' categories,
 * except two deliveries: BAUTEC ships drills to a Nuremberg site (NORIS's
 * exclusive zone, and outside BAUTEC's garden/accessories assortment; its
 * agreement wants a manual review, so the cases stay open) and BRANDL, HUBER's
 * accessories-only sub-dealer, ships a drill kit to Munich (outside its
 * assortment: a case for review).
 * Quantities stay within the warehouse's opening stock.
 */
export const ORDERS: DemoOrder[] = [
  { key: "BAUTEC-1", dealer: "BAUTEC", shipping: "pallet", items: [{ sku: "LM46", quantity: 20 }, { sku: "HT36-KIT", quantity: 10 }] },
  { key: "BAUTEC-2", dealer: "BAUTEC", shipping: "pallet", items: [{ sku: "ACC-BAT-18-5", quantity: 100 }, { sku: "ACC-HSS-19", quantity: 150 }] },
  { key: "BAUTEC-3", dealer: "BAUTEC", by: "owner", shipping: "pallet", items: [{ sku: "HT36-SOLO", quantity: 30 }, { sku: "ACC-BAT-18-5", quantity: 40 }] },
  { key: "BAUTEC-4", dealer: "BAUTEC", shipping: "pallet", items: [{ sku: "LM46", quantity: 8 }, { sku: "HT36-KIT", quantity: 6 }] },
  {
    key: "BAUTEC-5",
    dealer: "BAUTEC",
    shipping: "pallet",
    items: [{ sku: "FX18-DD-KIT", quantity: 10 }, { sku: "RH26-SDS", quantity: 4 }],
    ship_to: {
      company: "Baustelle Nordostpark, Hochtief Bau",
      address_1: "Nordostpark 12",
      city: "Nürnberg",
      postal_code: "90411",
      province: "Bayern",
      country_code: "de",
    },
  },
  { key: "WISLA-1", dealer: "WISLA", shipping: "pallet", items: [{ sku: "ACC-BAT-18-5", quantity: 60 }, { sku: "ACC-HSS-19", quantity: 100 }] },
  { key: "WISLA-2", dealer: "WISLA", shipping: "pallet", items: [{ sku: "HT36-SOLO", quantity: 15 }] },
  { key: "HUBER-1", dealer: "HUBER", shipping: "pallet", items: [{ sku: "FX18-DD-KIT", quantity: 25 }, { sku: "HT-VDE-7", quantity: 40 }] },
  { key: "HUBER-2", dealer: "HUBER", shipping: "pallet", items: [{ sku: "RH26-SDS", quantity: 15 }, { sku: "FX18-DD-SOLO", quantity: 20 }] },
  { key: "HUBER-3", dealer: "HUBER", by: "owner", shipping: "parcel", items: [{ sku: "HT-CSS-12", quantity: 30 }, { sku: "HT-VDE-7", quantity: 30 }] },
  { key: "HUBER-4", dealer: "HUBER", shipping: "parcel", items: [{ sku: "FX18-DD-KIT", quantity: 5 }] },
  { key: "NORIS-1", dealer: "NORIS", shipping: "parcel", items: [{ sku: "FX18-DD-SOLO", quantity: 12 }, { sku: "HT-CSS-12", quantity: 10 }] },
  { key: "NORIS-2", dealer: "NORIS", shipping: "parcel", items: [{ sku: "HT-VDE-7", quantity: 25 }] },
  { key: "RHEIN-1", dealer: "RHEIN", shipping: "pallet", items: [{ sku: "FX18-DD-KIT", quantity: 12 }, { sku: "RH26-SDS", quantity: 6 }] },
  { key: "RHEIN-2", dealer: "RHEIN", shipping: "parcel", items: [{ sku: "HT-CSS-12", quantity: 25 }, { sku: "HT-VDE-7", quantity: 20 }] },
  { key: "RHEIN-3", dealer: "RHEIN", by: "owner", shipping: "parcel", items: [{ sku: "FX18-DD-SOLO", quantity: 18 }] },
  { key: "ALPEN-1", dealer: "ALPEN", shipping: "pallet", items: [{ sku: "FX18-DD-KIT", quantity: 15 }, { sku: "ACC-BAT-18-5", quantity: 30 }] },
  { key: "ALPEN-2", dealer: "ALPEN", shipping: "pallet", items: [{ sku: "RH26-SDS", quantity: 10 }, { sku: "ACC-HSS-19", quantity: 60 }] },
  { key: "ALPEN-3", dealer: "ALPEN", shipping: "parcel", items: [{ sku: "HT-VDE-7", quantity: 30 }, { sku: "HT-CSS-12", quantity: 20 }] },
  { key: "ALPEN-4", dealer: "ALPEN", by: "owner", shipping: "parcel", items: [{ sku: "FX18-DD-SOLO", quantity: 14 }] },
  { key: "KOWALSKI-1", dealer: "KOWALSKI", shipping: "parcel", items: [{ sku: "FX18-DD-SOLO", quantity: 8 }, { sku: "HT-VDE-7", quantity: 15 }] },
  { key: "KOWALSKI-2", dealer: "KOWALSKI", shipping: "parcel", items: [{ sku: "HT-CSS-12", quantity: 8 }] },
  { key: "BRANDL-1", dealer: "BRANDL", shipping: "parcel", items: [{ sku: "ACC-BAT-18-5", quantity: 20 }, { sku: "ACC-HSS-19", quantity: 30 }] },
  { key: "BRANDL-2", dealer: "BRANDL", shipping: "parcel", items: [{ sku: "ACC-HSS-19", quantity: 25 }] },
  {
    key: "BRANDL-3",
    dealer: "BRANDL",
    shipping: "parcel",
    items: [{ sku: "FX18-DD-KIT", quantity: 3 }],
    ship_to: {
      company: "Schreinerei Maier",
      address_1: "Tegernseer Landstraße 88",
      city: "München",
      postal_code: "81539",
      province: "Bayern",
      country_code: "de",
    },
  },
  { key: "NOWAK-1", dealer: "NOWAK", shipping: "parcel", items: [{ sku: "HT36-SOLO", quantity: 3 }, { sku: "LM46", quantity: 1 }] },
  // Earlier months' invoices, some still open: they make the receivables age.
  { key: "WISLA-0", dealer: "WISLA", shipping: "pallet", placed_days_ago: 38, items: [{ sku: "ACC-BAT-18-5", quantity: 30 }] },
  { key: "NORIS-0", dealer: "NORIS", shipping: "parcel", placed_days_ago: 52, items: [{ sku: "FX18-DD-KIT", quantity: 6 }] },
  { key: "KOWALSKI-0", dealer: "KOWALSKI", shipping: "parcel", placed_days_ago: 70, items: [{ sku: "HT-CSS-12", quantity: 10 }] },
  { key: "NOWAK-0", dealer: "NOWAK", shipping: "parcel", placed_days_ago: 95, items: [{ sku: "HT36-SOLO", quantity: 2 }] },
]

export type DemoWholesaleTerms = {
  min_order_amount?: number
  restrict_to_assortment?: boolean
  /** Agreed prices by SKU, with quantity breaks. */
  price_terms?: { sku: string; amount: number; min_quantity?: number }[]
}

/**
 * Order rules and agreed prices on top of the agreements' discounts: a
 * distributor's lawn-mower price from ten units, a dealer's drill-kit price
 * with a break at twenty, minimum orders, and the accessories-only sub-dealer
 * held to its assortment.
 */
export const WHOLESALE_TERMS: Record<string, DemoWholesaleTerms> = {
  BAUTEC: { min_order_amount: 2_500, price_terms: [{ sku: "LM46", amount: 299, min_quantity: 10 }] },
  HUBER: {
    min_order_amount: 500,
    price_terms: [
      { sku: "FX18-DD-KIT", amount: 219 },
      { sku: "FX18-DD-KIT", amount: 205, min_quantity: 20 },
    ],
  },
  NORIS: { min_order_amount: 300 },
  BRANDL: { restrict_to_assortment: true },
}

/** Payments received against demo orders ("full", or an amount paid so far). */
export const PAYMENTS: { order: string; paid: "full" | number }[] = [
  { order: "BAUTEC-1", paid: "full" },
  { order: "BAUTEC-2", paid: "full" },
  { order: "HUBER-2", paid: "full" },
  { order: "ALPEN-1", paid: "full" },
  { order: "RHEIN-2", paid: 300 },
  { order: "WISLA-0", paid: "full" },
  { order: "NORIS-0", paid: 500 },
]
