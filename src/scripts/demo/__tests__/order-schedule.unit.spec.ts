import { monthKeyOf, shiftMonth } from "../../../lib/periods"
import { PERFORMANCE, PLAN_MONTHS, planAmountOf, PLANS } from "../demo-data"
import { netValueOf as netValue, scheduleDemoOrders } from "../order-schedule"

const TIME_ZONE = "Europe/Berlin"

describe("the demo's order schedule, whatever day the seed runs", () => {
  const days = [
    ["the 1st, just after midnight", "2027-03-01T00:20:00+01:00"],
    ["the 2nd", "2027-03-02T10:00:00+01:00"],
    ["the 15th", "2027-03-15T16:00:00+01:00"],
    ["the 28th of February", "2027-02-28T21:00:00+01:00"],
    ["the 31st", "2027-01-31T12:00:00+01:00"],
  ]

  it.each(days)("gives every planned partner three full past months on %s", (_label, instant) => {
    const now = new Date(instant)
    const month = monthKeyOf(now, TIME_ZONE)
    const orders = scheduleDemoOrders(now, TIME_ZONE)
    for (const plan of PLANS) {
      PLAN_MONTHS.filter((m) => m.offset < 0).forEach(({ offset, factor }, position) => {
        const period = shiftMonth(month, offset)
        const own = orders.filter((o) => o.dealer === plan.dealer && o.period === period && o.template !== `${plan.dealer}-0`)
        const sold = own.reduce((sum, o) => sum + netValue(o.items, o.dealer), 0)
        const expected = planAmountOf(plan, factor) * PERFORMANCE[plan.dealer][position]
        // Whole units: within a quarter of the month's intended figure.
        expect({ dealer: plan.dealer, period, ratio: Math.abs(sold / expected - 1) < 0.25 }).toEqual({ dealer: plan.dealer, period, ratio: true })
        expect(own.every((o) => o.paid === "full")).toBe(true)
      })
    }
  })

  it.each(days)("paces the current month by its elapsed days on %s, with nothing after now", (_label, instant) => {
    const now = new Date(instant)
    const month = monthKeyOf(now, TIME_ZONE)
    const orders = scheduleDemoOrders(now, TIME_ZONE)
    const current = orders.filter((o) => o.period === month)
    // Every partner has started the month, and the deliveries into other zones exist (conflict cases).
    expect(new Set(current.map((o) => o.dealer))).toEqual(new Set(PLANS.map((p) => p.dealer)))
    expect(current.filter((o) => o.ship_to).map((o) => o.template).sort()).toEqual(["BAUTEC-5", "BRANDL-3"])
    for (const order of orders) {
      expect(order.placed_at.getTime()).toBeLessThan(now.getTime())
      expect(monthKeyOf(order.placed_at, TIME_ZONE)).toBe(order.period)
    }
    // The network's month so far is near its plan's share of the days elapsed (not +1,000 % on the 2nd).
    const day = Number(instant.slice(8, 10))
    const daysInMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate()
    const proRata = PLANS.reduce((sum, p) => sum + p.amount, 0) * (day / daysInMonth)
    const sold = current.reduce((sum, o) => sum + netValue(o.items, o.dealer), 0)
    expect(sold / proRata).toBeGreaterThan(0.7)
    expect(sold / proRata).toBeLessThan(day <= 2 ? 2.5 : 1.3)
  })

  it("gives each order a unique key and the same schedule for the same day", () => {
    const now = new Date("2027-03-15T16:00:00+01:00")
    const orders = scheduleDemoOrders(now, TIME_ZONE)
    expect(new Set(orders.map((o) => o.key)).size).toBe(orders.length)
    const later = scheduleDemoOrders(new Date(now.getTime() + 3_600_000), TIME_ZONE)
    expect(later.map((o) => [o.key, o.items])).toEqual(orders.map((o) => [o.key, o.items]))
  })
})
