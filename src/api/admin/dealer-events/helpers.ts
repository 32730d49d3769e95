import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { moneyString, rawAmount } from "../../../lib/amounts"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { DealerEvent, EventRegistration } from "../../../types/engagement"
import type { ListResponse, Sendable } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import { refetchEntity } from "../../utils/refetch-entity"

type Row = Record<string, any>

const REGISTRATION_AMOUNTS = ["share_amount", "paid_event_credit", "paid_money"]

/** Events with their seats taken, the cost per seat as money and the share as a decimal string. */
export async function withSeatsTaken(scope: MedusaContainer, events: Row[]): Promise<Sendable<DealerEvent>[]> {
  const engagement: EngagementModuleService = scope.resolve(ENGAGEMENT_MODULE)
  const taken = await engagement.seatsTaken(events.map((event) => event.id))
  return events.map((event) => {
    const view: Row = { ...event, seats_taken: taken[event.id] ?? 0 }
    if ("dealer_share_percent" in event) view.dealer_share_percent = new BigNumber(rawAmount(event, "dealer_share_percent")).toFixed()
    return view as Sendable<DealerEvent>
  })
}

/** One event as the request's fields ask for it, or a 404. */
export async function refetchDealerEvent(req: MedusaRequest, id: string) {
  const event = await refetchEntity(req.scope, { entity: "dealer_event", label: "Event" }, id, [
    ...req.queryConfig.fields,
    "raw_cost_per_seat",
    "currency_code",
  ])
  const [view] = await withSeatsTaken(req.scope, [moneyFields(event, req.queryConfig.fields)])
  return view
}

/** A page of events (cost per seat in its currency's cents) with their seats taken. */
export async function listEvents(req: MedusaRequest, filters?: Record<string, unknown>) {
  const { data, page } = await listPage(req, "dealer_event", filters, ["cost_per_seat"])
  return { events: await withSeatsTaken(req.scope, data), ...page }
}

/** A page of registrations, their amounts in the event's currency. */
export async function listRegistrations(req: MedusaRequest, filters: Record<string, unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const requested: string[] = req.queryConfig.fields
  const { data, metadata } = await query.graph({
    entity: "dealer_event_registration",
    fields: [...new Set([...requested, "event.currency_code", ...REGISTRATION_AMOUNTS.map((field) => `raw_${field}`)])],
    filters,
    pagination: req.queryConfig.pagination,
  })
  // Query answers the metadata whenever pagination is asked for, as every list route's query config does.
  const page = { count: metadata?.count, offset: metadata?.skip, limit: metadata?.take } as ListResponse
  return { registrations: data.map((row: Row) => registrationView(row, requested)), ...page }
}

function registrationView(row: Row, requested: string[]): Sendable<EventRegistration> {
  const view: Row = {}
  for (const [field, value] of Object.entries(row)) {
    if (field.startsWith("raw_") || (field === "event" && !requested.some((name) => name.startsWith("event.")))) continue
    view[field] = REGISTRATION_AMOUNTS.includes(field) ? moneyString(rawAmount(row, field), row.event.currency_code) : value
  }
  if (view.event && !requested.includes("event.currency_code")) delete view.event.currency_code
  return view as Sendable<EventRegistration>
}

function moneyFields(event: Row, requested: string[]) {
  const view = { ...event }
  if (requested.includes("cost_per_seat")) view.cost_per_seat = moneyString(rawAmount(event, "cost_per_seat"), event.currency_code)
  delete view.raw_cost_per_seat
  if (!requested.includes("currency_code")) delete view.currency_code
  return view
}
