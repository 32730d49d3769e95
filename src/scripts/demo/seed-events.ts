// The events side of the demo: three past events (a conference, a training,
// a free webinar) with registrations, the paid ones' shares from the event
// credit BAUTEC earned last month (GARDEN-SEASON on its garden machines), and
// attendance recorded (attended and no-shows); and an upcoming product launch,
// published, presenting the garden machines, free for the dealers, with seats left.
// Each event is looked up by its title before it is written.
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { dealerShare } from "../../lib/event-cost"
import { ENGAGEMENT_MODULE } from "../../modules/engagement"
import type EngagementModuleService from "../../modules/engagement/service"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import type { Attendance, EventType } from "../../types/engagement"
import { createEventWorkflow } from "../../workflows/engagement/workflows/create-event"
import { publishEventWorkflow } from "../../workflows/engagement/workflows/publish-event"
import { recordEventAttendanceWorkflow } from "../../workflows/engagement/workflows/record-event-attendance"
import { registerForEventWorkflow } from "../../workflows/engagement/workflows/register-for-event"

const HOUR = 3_600_000
const DAY = 24 * HOUR

type DemoRegistration = { dealer: string; seats: number; attendees: string[]; attendance?: Attendance }

type DemoEvent = {
  type: EventType
  title: string
  description: string
  /** Days from the seed's day (negative: past) and hours of the day (UTC) it runs. */
  day: number
  hours: [number, number]
  location?: string
  link?: string
  capacity: number
  cost_per_seat: string
  dealer_share_percent: string
  registrations: DemoRegistration[]
  /** Handles of the products and categories it presents. */
  products?: string[]
  categories?: string[]
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    type: "conference",
    title: "Dealer conference: the 2027 garden season",
    description: "The range, the prices and the marketing plan for next season, with the product managers.",
    day: -30,
    hours: [9, 17],
    location: "Kassel, Kongress Palais",
    capacity: 120,
    cost_per_seat: "250",
    dealer_share_percent: "20",
    registrations: [
      { dealer: "BAUTEC", seats: 1, attendees: ["Markus Bauer"], attendance: "attended" },
    ],
  },
  {
    type: "training_onsite",
    title: "Service training: cordless lawn mowers",
    description: "Diagnosis and repair of the LM46: motor, battery management, blade brake.",
    day: -18,
    hours: [8, 16],
    location: "Plant Kassel, training hall 2",
    capacity: 12,
    cost_per_seat: "120",
    dealer_share_percent: "50",
    registrations: [
      { dealer: "BAUTEC", seats: 1, attendees: ["Jonas Keller"], attendance: "attended" },
    ],
    products: ["lm46-cordless-lawn-mower"],
  },
  {
    type: "webinar",
    title: "Webinar: selling battery platforms",
    description: "How to sell one battery for drills, hammers and garden machines.",
    day: -9,
    hours: [14, 15],
    link: "https://events.example.com/battery-platforms",
    capacity: 200,
    cost_per_seat: "0",
    dealer_share_percent: "0",
    registrations: [
      { dealer: "HUBER", seats: 2, attendees: ["Lena Huber", "Felix Wagner"], attendance: "attended" },
      { dealer: "ALPEN", seats: 1, attendees: ["Sophie Gruber"], attendance: "no_show" },
      { dealer: "RHEIN", seats: 1, attendees: ["Petra Schmitz"], attendance: "attended" },
    ],
    categories: ["accessories"],
  },
  {
    type: "product_launch",
    title: "Launch: the 36 V garden line",
    description: "The new hedge trimmer and lawn mower, hands on, with launch prices for the first orders.",
    day: 21,
    hours: [10, 14],
    location: "Munich, showroom BAUTEC",
    capacity: 40,
    // The manufacturer pays a launch: the dealers' seats are free.
    cost_per_seat: "80",
    dealer_share_percent: "0",
    registrations: [
      { dealer: "BAUTEC", seats: 1, attendees: ["Markus Bauer"] },
      { dealer: "HUBER", seats: 2, attendees: ["Lena Huber", "Felix Wagner"] },
    ],
    products: ["ht36-cordless-hedge-trimmer", "lm46-cordless-lawn-mower"],
    categories: ["garden"],
  },
]

export async function seedEvents(
  container: MedusaContainer,
  input: { dealer_ids: Record<string, string>; product_ids: Record<string, string>; category_ids: Record<string, string> },
  now: Date
) {
  const engagement = container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  const logger = container.resolve("logger")
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())

  for (const demo of DEMO_EVENTS) {
    const [existing] = await engagement.listDealerEvents({ title: demo.title }, { take: 1 })
    if (existing) continue
    const starts = new Date(day + demo.day * DAY + demo.hours[0] * HOUR)
    const ends = new Date(day + demo.day * DAY + demo.hours[1] * HOUR)
    const past = demo.day < 0
    // A past event is held as it was: registered while open, then moved to its date.
    const length = ends.getTime() - starts.getTime()
    const openStart = past ? new Date(now.getTime() + 10 * DAY) : starts
    const open = { starts: openStart, ends: new Date(openStart.getTime() + length) }
    const { result: event } = await createEventWorkflow(container).run({
      input: {
        type: demo.type,
        title: demo.title,
        description: demo.description,
        starts_at: open.starts,
        ends_at: open.ends,
        location: demo.location ?? null,
        link: demo.link ?? null,
        capacity: demo.capacity,
        registration_deadline: new Date(open.starts.getTime() - 2 * DAY),
        cancellation_deadline: new Date(open.starts.getTime() - 3 * DAY),
        currency_code: "eur",
        cost_per_seat: demo.cost_per_seat,
        dealer_share_percent: demo.dealer_share_percent,
        product_ids: (demo.products ?? []).map((handle) => input.product_ids[handle]).filter(Boolean),
        category_ids: (demo.categories ?? []).map((handle) => input.category_ids[handle]).filter(Boolean),
      },
    })
    await publishEventWorkflow(container).run({ input: { id: event.id } })

    const attendance: { registration_id: string; attendance: Attendance }[] = []
    for (const registration of demo.registrations) {
      const dealerId = input.dealer_ids[registration.dealer]
      if (!dealerId) continue
      // Only what the dealer's event credit covers: the demo shows shares paid, not refusals.
      const share = dealerShare({
        seats: registration.seats,
        cost_per_seat: demo.cost_per_seat,
        share_percent: demo.dealer_share_percent,
        currency_code: "eur",
      })
      const credit = (await rewards.walletBalances(dealerId)).find((b) => b.kind === "event_credit" && b.currency_code === "eur")
      if (new BigNumber(credit?.balance ?? 0).lt(share)) {
        logger.info(`Demo events: ${registration.dealer} holds too little event credit for ${demo.title}; not registered`)
        continue
      }
      try {
        const { result } = await registerForEventWorkflow(container).run({
          input: {
            event_id: event.id,
            dealer_id: dealerId,
            seats: registration.seats,
            attendees: registration.attendees.map((name) => ({ name })),
            registered_by: "demo",
          },
        })
        if (registration.attendance) attendance.push({ registration_id: result.id, attendance: registration.attendance })
      } catch (error) {
        if (!(error instanceof MedusaError)) throw error
        logger.info(`Demo events: ${registration.dealer} not registered for ${demo.title}: ${error.message}`)
      }
    }

    if (past) {
      await engagement.updateDealerEvents({
        id: event.id,
        starts_at: starts,
        ends_at: ends,
        registration_deadline: new Date(starts.getTime() - 7 * DAY),
        cancellation_deadline: new Date(starts.getTime() - 10 * DAY),
      })
      if (attendance.length) await recordEventAttendanceWorkflow(container).run({ input: { event_id: event.id, attendance } })
    }
  }
}
