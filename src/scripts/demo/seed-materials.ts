// The marketing materials of the demo: a catalogue the manufacturer ships
// from its marketing stock (posters, samples, display stands, digital kits),
// and requests paid from the marketing points the demo's dealers hold after
// the reward seed (the plan bonus's points on sales, ALPEN's points payout):
// some shipped, some waiting in the queue. Looks before it writes: materials
// by code, requests only while no demo dealer has one.
import type { MedusaContainer } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { ENGAGEMENT_MODULE } from "../../modules/engagement"
import type EngagementModuleService from "../../modules/engagement/service"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import type { MaterialKind } from "../../types/engagement"
import { createMaterialWorkflow } from "../../workflows/engagement/workflows/create-material"
import { requestMaterialsWorkflow } from "../../workflows/engagement/workflows/request-materials"
import { shipMaterialRequestWorkflow } from "../../workflows/engagement/workflows/ship-material-request"

type DemoMaterial = {
  code: string
  title: string
  kind: MaterialKind
  points_price: string
  stock: number | null
  description: string
  /** Tier names that may order it; none = everyone. */
  tiers?: string[]
}

export const DEMO_MATERIALS: DemoMaterial[] = [
  {
    code: "POSTER-FX18-A1",
    title: "Poster A1 – FX18 cordless range",
    kind: "poster",
    points_price: "40",
    stock: 120,
    description: "The whole 18 V family on one sheet, for the shop window.",
  },
  {
    code: "POSTER-GARDEN-A2",
    title: "Poster A2 – Garden season",
    kind: "poster",
    points_price: "25",
    stock: 80,
    description: "Hedge trimmers and mowers for the spring season.",
  },
  {
    code: "SAMPLE-BLADES",
    title: "Saw blade sample set (5 pcs)",
    kind: "sample",
    points_price: "90",
    stock: 30,
    description: "Wood, metal and multi-material blades for customers to try.",
  },
  {
    code: "SAMPLE-BITS",
    title: "Drill bit sample case",
    kind: "sample",
    points_price: "60",
    stock: 45,
    description: "SDS-plus and HSS bits in a counter case.",
  },
  {
    code: "DISPLAY-COUNTER",
    title: "Counter display for accessories",
    kind: "display",
    points_price: "450",
    stock: 12,
    description: "Holds 24 blister packs next to the till.",
  },
  {
    code: "DISPLAY-FLOOR",
    title: "Floor display stand, 4 shelves",
    kind: "display",
    points_price: "1500",
    stock: 6,
    description: "The branded shop-in-shop stand; for Gold partners.",
    tiers: ["Gold"],
  },
  {
    code: "KIT-SOCIAL",
    title: "Social media kit – spring campaign",
    kind: "digital_kit",
    points_price: "30",
    stock: null,
    description: "Images, short videos and post texts in DE, PL and EN.",
  },
  {
    code: "APRONS-10",
    title: "Workshop aprons with logo (10 pcs)",
    kind: "other",
    points_price: "120",
    stock: 0,
    description: "Sold out until the next delivery.",
  },
]

/** What the demo's dealers order, most points first: each takes the first basket its points cover twice over. */
const BASKETS: { lines: [string, number][]; note: string; ship?: string }[] = [
  { lines: [["POSTER-FX18-A1", 5], ["SAMPLE-BLADES", 2], ["KIT-SOCIAL", 1]], note: "For the spring open day", ship: "DHL 0034 0434 1612 3456 78" },
  { lines: [["DISPLAY-COUNTER", 1], ["SAMPLE-BITS", 2]], note: "New accessories corner" },
  { lines: [["POSTER-GARDEN-A2", 4], ["KIT-SOCIAL", 1]], note: "Garden season window", ship: "DPD 0150 6822 3351" },
  { lines: [["POSTER-FX18-A1", 2], ["SAMPLE-BITS", 1]], note: "Trade fair booth" },
]

export async function seedMaterials(container: MedusaContainer, input: { dealer_ids: Record<string, string> }) {
  const materialIds = await ensureCatalogue(container)
  await seedRequests(container, input.dealer_ids, materialIds)
}

/** The catalogue by code: what is missing is created. */
async function ensureCatalogue(container: MedusaContainer): Promise<Record<string, string>> {
  const engagement = container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const tiers = await network.listDealerTiers({}, { select: ["id", "name"] })
  const existing = await engagement.listDealerMaterials({ code: DEMO_MATERIALS.map((m) => m.code) }, { select: ["id", "code"] })
  const ids = Object.fromEntries(existing.map((material) => [material.code, material.id]))
  for (const { tiers: tierNames = [], ...material } of DEMO_MATERIALS) {
    if (ids[material.code]) continue
    const tier_ids = tiers.filter((tier) => tierNames.includes(tier.name)).map((tier) => tier.id)
    const { result } = await createMaterialWorkflow(container).run({ input: { ...material, tier_ids } })
    ids[material.code] = result.id
  }
  return ids
}

/** Requests from the dealers holding the most marketing points, paid with them; two of them shipped. */
async function seedRequests(container: MedusaContainer, dealerIds: Record<string, string>, materialIds: Record<string, string>) {
  const engagement = container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  const [earlier] = await engagement.listDealerMaterialRequests({ dealer_id: Object.values(dealerIds) }, { select: ["id"], take: 1 })
  if (earlier) return
  const prices = Object.fromEntries(DEMO_MATERIALS.map((m) => [m.code, m.points_price]))
  const dealers = await network.listDealers({ id: Object.values(dealerIds), status: "active" }, { select: ["id", "currency_code"] })
  const holding: { id: string; balance: string }[] = []
  for (const dealer of dealers) {
    const balance =
      (await rewards.walletBalances(dealer.id)).find((b) => b.kind === "marketing_points" && b.currency_code === dealer.currency_code)?.balance ?? "0"
    if (new BigNumber(balance).gt(0)) holding.push({ id: dealer.id, balance })
  }
  holding.sort((a, b) => new BigNumber(b.balance).comparedTo(a.balance) || a.id.localeCompare(b.id))
  const baskets = [...BASKETS]
  for (const dealer of holding) {
    const index = baskets.findIndex((basket) =>
      basket.lines.reduce((sum, [code, quantity]) => sum.plus(new BigNumber(prices[code]).times(quantity)), new BigNumber(0)).times(2).lte(dealer.balance)
    )
    if (index < 0) continue
    const [basket] = baskets.splice(index, 1)
    const [owner] = await network.listDealerMembers({ dealer_id: dealer.id, role: "owner" }, { select: ["customer_id"], take: 1 })
    const { result } = await requestMaterialsWorkflow(container).run({
      input: {
        dealer_id: dealer.id,
        lines: basket.lines.map(([code, quantity]) => ({ material_id: materialIds[code], quantity })),
        note: basket.note,
        requested_by: owner?.customer_id ?? null,
      },
    })
    if (basket.ship) await shipMaterialRequestWorkflow(container).run({ input: { id: result.id, tracking_note: basket.ship } })
    if (!baskets.length) break
  }
}
