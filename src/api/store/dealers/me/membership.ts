import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../../../modules/dealer-network"
import type { MemberRole } from "../../../../types/dealer-network"
import type DealerNetworkModuleService from "../../../../modules/dealer-network/service"

/**
 * Who sees what of a dealer through the store API (the README's "Access"
 * section). A store route takes no dealer id: it acts for the logged-in
 * customer's own dealer, and shows one section of it.
 */
export type DealerSection =
  | "profile"
  | "catalog"
  | "sales"
  | "receivables"
  | "rewards"
  | "wallet"
  | "payouts"
  | "bank_accounts"
  | "sub_network"
  | "events"
  | "event_spending"
  | "rating"
  | "contests"
  | "materials"
  | "material_spending"

/** Every store route under /store/dealers/me, by "METHOD path", and the section it shows. Any other path answers 404. */
export const STORE_DEALER_ROUTES: Record<string, DealerSection> = {
  "GET /store/dealers/me": "profile",
  "GET /store/dealers/me/catalog": "catalog",
  "GET /store/dealers/me/orders": "receivables",
  "GET /store/dealers/me/tier": "sales",
  "GET /store/dealers/me/alerts": "sales",
  "GET /store/dealers/me/conflicts": "sales",
  "GET /store/dealers/me/progress": "sales",
  "GET /store/dealers/me/plans": "sales",
  "GET /store/dealers/me/receivables": "receivables",
  "GET /store/dealers/me/reward-accruals": "rewards",
  "GET /store/dealers/me/rewards/simulation": "rewards",
  "GET /store/dealers/me/wallet": "wallet",
  "GET /store/dealers/me/payouts": "payouts",
  "GET /store/dealers/me/bank-accounts": "bank_accounts",
  "GET /store/dealers/me/events": "events",
  "GET /store/dealers/me/event-registrations": "events",
  "POST /store/dealers/me/event-registrations": "event_spending",
  "POST /store/dealers/me/event-registrations/:id/cancel": "event_spending",
  "GET /store/dealers/me/rating": "rating",
  "GET /store/dealers/me/contests": "contests",
  "GET /store/dealers/me/contests/:id": "contests",
  "GET /store/dealers/me/materials": "materials",
  "GET /store/dealers/me/material-requests": "materials",
  "POST /store/dealers/me/material-requests": "material_spending",
  "POST /store/dealers/me/material-requests/:id/cancel": "material_spending",
}

const OWN_FIGURES: DealerSection[] = ["profile", "catalog", "sales", "receivables", "rewards", "events", "contests", "rating", "materials"]

/**
 * Buyers see what their dealer may order, its own figures, its events, its contests and the
 * materials it may order; owners, and managers who run the dealer for them,
 * also its money (wallet, payouts, the bank accounts they are paid to, spending it on event seats and materials)
 * and the sales of the partners below it.
 */
const MONEY_AND_NETWORK: DealerSection[] = ["wallet", "payouts", "bank_accounts", "sub_network", "event_spending", "material_spending"]
const SECTIONS_BY_ROLE: Record<MemberRole, DealerSection[]> = {
  buyer: OWN_FIGURES,
  manager: [...OWN_FIGURES, ...MONEY_AND_NETWORK],
  owner: [...OWN_FIGURES, ...MONEY_AND_NETWORK],
}

/** A terminated partnership leaves every member the profile and what the dealer still owes. */
const TERMINATED_DEALER_SECTIONS: DealerSection[] = ["profile", "receivables"]

export type DealerAccess = {
  member_id: string
  dealer_id: string
  role: MemberRole
  terminated: boolean
  sections: DealerSection[]
}

const granted = new WeakMap<MedusaRequest, DealerAccess>()

/**
 * The one gate of /store/dealers/me*: a logged-in customer, a member of a
 * dealer (404 otherwise), whose role and dealer's status show the route's
 * section (403 otherwise). Routes read what it granted with dealerAccess.
 */
export async function authorizeDealerMember(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const section = sectionOf(routeKey(req))
  if (!section) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such store route of the dealer network")
  const access = await loadAccess(req as MedusaStoreRequest)
  if (!sees(access, section)) throw refusal(access, section)
  granted.set(req, access)
  next()
}

/** What authorizeDealerMember granted this request; a route it did not guard gets nothing. */
export function dealerAccess(req: MedusaRequest): DealerAccess {
  const access = granted.get(req)
  if (!access) throw new MedusaError(MedusaError.Types.FORBIDDEN, "No access rule covers this route")
  return access
}

export function sees(access: DealerAccess, section: DealerSection): boolean {
  return access.sections.includes(section)
}

/** Whether a reward rule (or anything built from one) reads the sub-network's sales anywhere. */
export function readsSubNetwork(value: unknown): boolean {
  if (value === SUB_NETWORK_METRIC) return true
  return value !== null && typeof value === "object" && Object.values(value).some(readsSubNetwork)
}

/** The dealer's accruals that show sub-network sales (by their rule as accrued), when the member may not see them. */
export async function accrualsHiddenFrom(req: MedusaRequest, access: DealerAccess): Promise<string[]> {
  if (sees(access, "sub_network")) return []
  const { rows } = await req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `select id from dealer_reward_accrual
      where dealer_id = ? and deleted_at is null and jsonb_path_exists(explanation, ?::jsonpath)`,
    [access.dealer_id, `strict $.** ? (@ == "${SUB_NETWORK_METRIC}")`]
  )
  return rows.map((row: { id: string }) => row.id)
}

const SUB_NETWORK_METRIC = "sub_network_amount"

async function loadAccess(req: MedusaStoreRequest): Promise<DealerAccess> {
  const customerId = req.auth_context?.actor_id
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const [membership] = await network.listDealerMembers({ customer_id: customerId }, { take: 1, relations: ["dealer"] })
  if (!membership) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a member of a dealer")
  }
  const role = membership.role as MemberRole
  const terminated = membership.dealer.status === "terminated"
  return {
    member_id: membership.id,
    dealer_id: membership.dealer_id,
    role,
    terminated,
    sections: terminated ? TERMINATED_DEALER_SECTIONS : SECTIONS_BY_ROLE[role],
  }
}

function refusal(access: DealerAccess, section: DealerSection): MedusaError {
  const what = section.replace("_", "-")
  return new MedusaError(
    MedusaError.Types.FORBIDDEN,
    access.terminated
      ? `Your dealer's partnership is terminated: its members see its profile and receivables only, not its ${what}.`
      : `A ${access.role} of your dealer does not see its ${what}; its owners and managers do.`
  )
}

/** The section of a route key, its ":id" segments matching any one segment. */
function sectionOf(key: string): DealerSection | undefined {
  if (STORE_DEALER_ROUTES[key]) return STORE_DEALER_ROUTES[key]
  const segments = key.split("/")
  const pattern = Object.keys(STORE_DEALER_ROUTES).find((route) => {
    const parts = route.split("/")
    return parts.length === segments.length && parts.every((part, i) => part === segments[i] || (part.startsWith(":") && segments[i] !== ""))
  })
  return pattern ? STORE_DEALER_ROUTES[pattern] : undefined
}

/** "GET /store/dealers/me/wallet" for the request, whatever its case, trailing slash or query. */
function routeKey(req: MedusaRequest): string {
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "").toLowerCase()
  return `${req.method} ${path}`
}
