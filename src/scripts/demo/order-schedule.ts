// When each demo order is placed and how big it is, for the day the seed runs:
// three full months before the current one (each partner's basket merged into
// one stock order, paid), and the current month up to today (the share of the
// basket its elapsed days call for), each scaled to the month's plan times the
// partner's PERFORMANCE; plus the old invoices that make the receivables age.
// Pure: the same day gives the same orders, so a rerun places only missing ones.
import { dayKeyOf, daysOfMonth, monthKeyOf, shiftDay, shiftMonth } from "../../lib/periods"
import { startOfDayInstant } from "../../lib/zoned-time"
import {
  DEALERS,
  DemoOrder,
  ORDERS,
  PAYMENTS,
  PERFORMANCE,
  PLAN_MONTHS,
  planAmountOf,
  PLANS,
  PRODUCTS,
  TIERS,
  WHOLESALE_TERMS,
} from "./demo-data"

export type ScheduledOrder = Omit<DemoOrder, "placed_days_ago"> & {
  /** The basket order (or old invoice) it comes from. */
  template: string
  period: string
  placed_at: Date
  /** Captured right after placing: "full", an amount, or nothing yet. */
  paid: "full" | number | null
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** The day of a past month a partner's stock order is placed on: partners spread over days 4 to 22. */
const pastOrderDay = (index: number) => 4 + ((index * 2) % 19)

const listPrice = new Map(PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, v.price] as const)))

export function scheduleDemoOrders(now: Date, timeZone: string): ScheduledOrder[] {
  const today = dayKeyOf(now, timeZone)
  const month = monthKeyOf(now, timeZone)
  const scheduled: ScheduledOrder[] = []
  PLANS.forEach((plan, index) => {
    const baskets = ORDERS.filter((o) => o.dealer === plan.dealer && o.placed_days_ago == null)
    for (const [position, { offset, factor }] of PLAN_MONTHS.entries()) {
      const period = shiftMonth(month, offset)
      const target = planAmountOf(plan, factor) * PERFORMANCE[plan.dealer][position]
      scheduled.push(
        ...(offset < 0
          ? pastMonthOrders(baskets, period, target, index, timeZone)
          : currentMonthOrders(baskets, period, target, today, now, timeZone))
      )
    }
  })
  for (const invoice of ORDERS.filter((o) => o.placed_days_ago != null)) {
    const { placed_days_ago, ...order } = invoice
    const placedAt = new Date(now.getTime() - placed_days_ago! * DAY)
    scheduled.push({ ...order, template: order.key, period: monthKeyOf(placedAt, timeZone), placed_at: placedAt, paid: paymentOf(order.key) })
  }
  return scheduled.sort((a, b) => a.placed_at.getTime() - b.placed_at.getTime())
}

/**
 * A past month: the partner's own-address baskets merged into one stock order,
 * paid by now (one checkout per partner and month keeps the first seed short).
 */
function pastMonthOrders(baskets: DemoOrder[], period: string, target: number, index: number, timeZone: string): ScheduledOrder[] {
  const own = baskets.filter((o) => !o.ship_to)
  const items = mergeItems(own.flatMap((o) => o.items))
  const day = `${period}-${String(pastOrderDay(index)).padStart(2, "0")}`
  return [
    {
      key: `${own[0].dealer}-${period}`,
      template: own[0].key,
      dealer: own[0].dealer,
      shipping: own.some((o) => o.shipping === "pallet") ? "pallet" : "parcel",
      items: scaleItems(items, target / netValueOf(items, own[0].dealer), own[0].dealer),
      period,
      placed_at: new Date(startOfDayInstant(day, timeZone).getTime() + 10 * HOUR),
      paid: "full",
    },
  ]
}

/**
 * The current month so far: the first of the partner's baskets (at least one)
 * in proportion to the days elapsed, spread over those days and scaled to the
 * plan's share of them. Invoices older than the partner's payment terms are paid.
 */
function currentMonthOrders(
  baskets: DemoOrder[],
  period: string,
  target: number,
  today: string,
  now: Date,
  timeZone: string
): ScheduledOrder[] {
  const dayOfMonth = Number(today.slice(8))
  const elapsed = dayOfMonth / daysOfMonth(period).length
  const count = Math.max(1, Math.round(baskets.length * elapsed))
  // Deliveries into other partners' zones first: the conflict cases exist from the month's first day.
  const chosen = [...baskets.filter((o) => o.ship_to), ...baskets.filter((o) => !o.ship_to)].slice(0, count)
  const scale = (target * elapsed) / netValueOf(chosen.flatMap((o) => o.items), chosen[0].dealer)
  const terms = dealerOf(chosen[0].dealer).agreement.terms.payment_terms_days
  const monthStart = startOfDayInstant(`${period}-01`, timeZone).getTime()
  return chosen.map((basket, n) => {
    const day = shiftDay(`${period}-01`, Math.floor((n * dayOfMonth) / count))
    const planned = startOfDayInstant(day, timeZone).getTime() + (9 + (n % 3) * 3) * HOUR
    // Never after now, nor before the month began (a seed run in the month's first hours).
    const placedAt = new Date(Math.max(monthStart + (n + 1) * 60_000, Math.min(planned, now.getTime() - (count - n) * 60_000)))
    const overdueSoon = now.getTime() - placedAt.getTime() > (terms - 3) * DAY
    return {
      ...basket,
      key: `${basket.key}@${period}`,
      template: basket.key,
      items: scaleItems(basket.items, scale, basket.dealer),
      period,
      placed_at: placedAt,
      paid: overdueSoon ? "full" : paymentOf(basket.key),
    }
  })
}

function paymentOf(template: string): "full" | number | null {
  return PAYMENTS.find((p) => p.order === template)?.paid ?? null
}

function dealerOf(code: string) {
  return DEALERS.find((d) => d.code === code)!
}

/**
 * An order's net value at the partner's prices, as the dealer price list makes
 * them: the agreed price (its lowest break), else the list price less the
 * contract's discount; then less the tier's discount.
 */
export function netValueOf(items: { sku: string; quantity: number }[], dealer: string): number {
  const { agreement, tier } = dealerOf(dealer)
  const discount = agreement.next_version?.changes.discount_percent ?? agreement.terms.discount_percent
  const tierDiscount = TIERS.find((t) => t.name === tier)!.discount_percent
  const agreed = WHOLESALE_TERMS[dealer]?.price_terms ?? []
  const unitPrice = (sku: string) =>
    Math.min(...agreed.filter((p) => p.sku === sku).map((p) => p.amount), (listPrice.get(sku)! * (100 - discount)) / 100)
  const net = items.reduce((sum, item) => sum + unitPrice(item.sku) * item.quantity, 0)
  return (net * (100 - tierDiscount)) / 100
}

/**
 * Scales quantities, keeping the order above the partner's minimum order; lines
 * scaled below one unit are left out, but an order keeps at least its cheapest line.
 */
function scaleItems(items: { sku: string; quantity: number }[], scale: number, dealer: string) {
  const minimum = WHOLESALE_TERMS[dealer]?.min_order_amount ?? 0
  const atLeast = minimum ? (minimum * 1.3) / netValueOf(items, dealer) : 0
  const factor = Math.max(scale, atLeast)
  const scaled = items
    .map((item) => ({ sku: item.sku, quantity: Math.round(item.quantity * factor) }))
    .filter((item) => item.quantity > 0)
  if (scaled.length) return scaled
  const cheapest = [...items].sort((a, b) => listPrice.get(a.sku)! - listPrice.get(b.sku)!)[0]
  return [{ sku: cheapest.sku, quantity: 1 }]
}

function mergeItems(items: { sku: string; quantity: number }[]) {
  const bySku = new Map<string, number>()
  for (const item of items) bySku.set(item.sku, (bySku.get(item.sku) ?? 0) + item.quantity)
  return [...bySku].map(([sku, quantity]) => ({ sku, quantity }))
}
