import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { adminRequests, adminSession, createPublishableKey, registerCustomer } from "../helpers/auth"
import { failure } from "../helpers/failure"
import { waitFor } from "../helpers/wait"

jest.setTimeout(300_000)

const HOUR = 3_600_000
const DAY = 24 * HOUR
const at = (offset: number) => new Date(Date.now() + offset).toISOString()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)
    const { post, get } = adminRequests(api, admin)
    const rewards = () => getContainer().resolve<RewardsModuleService>(REWARDS_MODULE)

    let fundNo = 0
    /** Event credit or money put into a wallet, as an approved accrual would. */
    async function fund(dealerId: string, kind: "event_credit" | "money", amount: string) {
      fundNo += 1
      await rewards().moveWallet([
        { dealer_id: dealerId, kind, amount, currency_code: "eur", source_type: "accrual", source_id: `test_fund_${fundNo}` },
      ])
    }

    async function balances(dealerId: string) {
      const rows = await rewards().walletBalances(dealerId)
      return Object.fromEntries(rows.map((b) => [b.kind, b.balance]))
    }

    /** An active dealer, its agreement in force (with the given support commitments) and its members' sessions. */
    async function dealer(code: string, options: { role?: string; parent_id?: string; commitments?: Record<string, unknown> } = {}) {
      const { dealer } = await post("/admin/dealers", {
        code,
        name: `Dealer ${code}`,
        role: options.role ?? "dealer",
        ...(options.parent_id ? { parent_id: options.parent_id } : {}),
      })
      const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
        valid_from: at(-DAY),
        support_commitments: options.commitments ?? {},
      })
      // Activating the agreement makes the dealer active.
      await post(`/admin/dealer-agreements/${agreement.id}/activate`)
      return dealer as { id: string; code: string }
    }

    // Each test starts on an empty database: a key of its own.
    let publishableKey = ""
    beforeEach(() => {
      publishableKey = ""
    })
    async function member(dealerId: string, role: "owner" | "manager" | "buyer") {
      if (!publishableKey) publishableKey = (await createPublishableKey(getContainer())).key
      const customer = await registerCustomer(api, publishableKey, `${role}-${dealerId.slice(-8).toLowerCase()}@events.example`)
      await post(`/admin/dealers/${dealerId}/members`, { customer_id: customer.id, role })
      return customer.headers
    }

    /** A published event: 150 EUR a seat, the dealer pays 40 %, in 10 days, cancellable for 7. */
    async function event(fields: Record<string, unknown> = {}) {
      const { event } = await post("/admin/dealer-events", {
        type: "training_onsite",
        title: "Service training",
        starts_at: at(10 * DAY),
        ends_at: at(10 * DAY + 8 * HOUR),
        location: "Plant, hall 2",
        capacity: 10,
        registration_deadline: at(8 * DAY),
        cancellation_deadline: at(7 * DAY),
        currency_code: "eur",
        cost_per_seat: "150",
        dealer_share_percent: 40,
        ...fields,
      })
      expect(event.status).toBe("draft")
      return (await post(`/admin/dealer-events/${event.id}/publish`)).event
    }

    const costSummary = async (eventId: string) => (await get(`/admin/dealer-events/${eventId}/cost-summary`)).cost_summary

    it("pays the share from event credit first, then money the agreement allows, to the cent, and refunds it on cancel", async () => {
      const a = await dealer("EVA", { commitments: { event_share_from_money: true } })
      const owner = await member(a.id, "owner")
      await fund(a.id, "event_credit", "100")
      await fund(a.id, "money", "500")
      const training = await event()
      expect(training).toMatchObject({ status: "published", cost_per_seat: "150.00", dealer_share_percent: "40", seats_taken: 0 })

      // The owner sees it among the dealer's upcoming events (without its audience).
      const upcoming = (await api.get("/store/dealers/me/events", owner)).data
      expect(upcoming.events.map((e: any) => e.id)).toEqual([training.id])
      expect(upcoming.events[0]).not.toHaveProperty("audience")

      // 2 seats × 150 × 40 % = 120.00: 100.00 event credit, then 20.00 money. Sent twice with one key: charged once.
      const body = { event_id: training.id, seats: 2, attendees: [{ name: "Anna Berg" }, { name: "Tim Roth", email: "tim@eva.example" }] }
      const keyed = { headers: { ...owner.headers, "Idempotency-Key": "eva-training-1" } }
      const first = await api.post("/store/dealers/me/event-registrations", body, keyed)
      const repeat = await api.post("/store/dealers/me/event-registrations", body, keyed)
      expect(first.status).toBe(201)
      expect(repeat.headers["idempotent-replayed"]).toBe("true")
      const registration = first.data.registration
      expect(repeat.data.registration.id).toBe(registration.id)
      expect(registration).toMatchObject({
        event_id: training.id,
        dealer_id: a.id,
        seats: 2,
        status: "registered",
        share_amount: "120.00",
        paid_event_credit: "100.00",
        paid_money: "20.00",
        refunded: false,
        attendance: null,
      })
      expect(registration.attendees).toEqual(body.attendees)
      expect(await balances(a.id)).toEqual({ event_credit: "0", money: "480" })

      // The statement explains it: two entries whose source is the registration.
      const { entries } = (await api.get("/store/dealers/me/wallet?limit=50", owner)).data
      const moves = entries
        .filter((e: any) => e.source_id === registration.id)
        .map((e: any) => [e.source_type, e.kind, e.amount])
        .sort()
      expect(moves).toEqual([
        ["event_registration", "event_credit", -100],
        ["event_registration", "money", -20],
      ])

      expect((await get(`/admin/dealer-events/${training.id}`)).event.seats_taken).toBe(2)
      expect(await costSummary(training.id)).toEqual({
        event_id: training.id,
        currency_code: "eur",
        seats_taken: 2,
        cost: "300.00",
        dealers_paid: "120.00",
        manufacturer_paid: "180.00",
        attended: 0,
        no_show: 0,
      })
      const mine = (await api.get("/store/dealers/me/event-registrations", owner)).data
      expect(mine.registrations.map((r: any) => r.id)).toEqual([registration.id])
      expect(mine.registrations[0].event).toEqual({
        id: training.id,
        title: training.title,
        type: training.type,
        status: "published",
        starts_at: expect.any(String),
        ends_at: expect.any(String),
        currency_code: training.currency_code,
      })

      // Cancelled before the cancellation deadline: both parts back.
      const cancelled = (await api.post(`/store/dealers/me/event-registrations/${registration.id}/cancel`, {}, owner)).data
      expect(cancelled.registration).toMatchObject({ status: "cancelled", refunded: true })
      expect(await balances(a.id)).toEqual({ event_credit: "100", money: "500" })
      expect(await costSummary(training.id)).toMatchObject({ seats_taken: 0, cost: "0.00", dealers_paid: "0.00", manufacturer_paid: "0.00" })
      const again = await failure(api.post(`/store/dealers/me/event-registrations/${registration.id}/cancel`, {}, owner))
      expect(again.status).toBe(400)
      expect(await balances(a.id)).toEqual({ event_credit: "100", money: "500" })
    })

    it("refuses a share the wallet does not cover with the figures, money without the agreement's consent, and buyers", async () => {
      const b = await dealer("EVB")
      const c = await dealer("EVC", { commitments: { event_share_from_money: true } })
      const [ownerB, buyerB, managerC] = [await member(b.id, "owner"), await member(b.id, "buyer"), await member(c.id, "manager")]
      await fund(b.id, "event_credit", "50")
      await fund(b.id, "money", "1000")
      await fund(c.id, "event_credit", "10")
      await fund(c.id, "money", "20")
      const launch = await event({ type: "product_launch", title: "Launch X20", cost_per_seat: "75.005", dealer_share_percent: 80 })

      // 1 seat × 75.005 × 80 % = 60.004 → 60.00; B's agreement does not let money pay.
      const refusedB = await failure(api.post("/store/dealers/me/event-registrations", { event_id: launch.id, seats: 1 }, ownerB))
      expect(refusedB.status).toBe(400)
      expect(refusedB.message).toBe(
        "seats: the dealer's share is 60.00 EUR; its event credit balance 50.00 EUR (the dealer's agreement does not let money pay event shares) does not cover it"
      )
      const refusedC = await failure(api.post("/store/dealers/me/event-registrations", { event_id: launch.id, seats: 1 }, managerC))
      expect(refusedC.message).toBe(
        "seats: the dealer's share is 60.00 EUR; its event credit balance 10.00 EUR and money balance 20.00 EUR does not cover it"
      )
      const buyer = await failure(api.post("/store/dealers/me/event-registrations", { event_id: launch.id, seats: 1 }, buyerB))
      expect(buyer.status).toBe(403)
      // The buyer still sees the event and the (empty) registrations.
      expect((await api.get("/store/dealers/me/events", buyerB)).data.events.map((e: any) => e.id)).toEqual([launch.id])
      expect((await api.get("/store/dealers/me/event-registrations", buyerB)).data.registrations).toEqual([])

      expect(await balances(b.id)).toEqual({ event_credit: "50", money: "1000" })
      expect(await balances(c.id)).toEqual({ event_credit: "10", money: "20" })
      expect((await get(`/admin/dealer-events/${launch.id}`)).event.seats_taken).toBe(0)
    })

    it("keeps the share of a cancellation after the deadline and of a no-show; the admin cancelling an event refunds everyone", async () => {
      const a = await dealer("EVD")
      const b = await dealer("EVE")
      const ownerA = await member(a.id, "owner")
      await fund(a.id, "event_credit", "1000")
      await fund(b.id, "event_credit", "1000")

      // Cancellation deadline passed: seats freed, nothing back.
      const late = await event({ title: "Master class", type: "master_class", cancellation_deadline: at(-HOUR) })
      const { registration: lateA } = await post(`/admin/dealer-events/${late.id}/registrations`, { dealer_id: a.id, seats: 1 })
      expect(lateA.share_amount).toBe("60.00")
      const cancelled = (await api.post(`/store/dealers/me/event-registrations/${lateA.id}/cancel`, {}, ownerA)).data
      expect(cancelled.registration).toMatchObject({ status: "cancelled", refunded: false })
      expect(await balances(a.id)).toEqual({ event_credit: "940" })
      expect(await costSummary(late.id)).toMatchObject({ seats_taken: 0, dealers_paid: "60.00", manufacturer_paid: "-60.00" })

      // Attendance after the event: one came, one did not; nobody is refunded.
      const held = await event({ title: "Webinar", type: "webinar", location: null, link: "https://meet.example/webinar" })
      const { registration: heldA } = await post(`/admin/dealer-events/${held.id}/registrations`, { dealer_id: a.id, seats: 2 })
      const { registration: heldB } = await post(`/admin/dealer-events/${held.id}/registrations`, { dealer_id: b.id, seats: 1 })
      const early = await failure(
        api.post(`/admin/dealer-events/${held.id}/attendance`, { attendance: [{ registration_id: heldA.id, attendance: "attended" }] }, admin)
      )
      expect(early.message).toBe("The event has not started yet")
      await post(`/admin/dealer-events/${held.id}`, {
        registration_deadline: at(-4 * HOUR),
        cancellation_deadline: at(-4 * HOUR),
        starts_at: at(-3 * HOUR),
        ends_at: at(-HOUR),
      })
      const { event: completed } = await post(`/admin/dealer-events/${held.id}/attendance`, {
        attendance: [
          { registration_id: heldA.id, attendance: "attended" },
          { registration_id: heldB.id, attendance: "no_show" },
        ],
      })
      expect(completed.status).toBe("completed")
      expect(await costSummary(held.id)).toEqual({
        event_id: held.id,
        currency_code: "eur",
        seats_taken: 3,
        cost: "450.00",
        dealers_paid: "180.00",
        manufacturer_paid: "270.00",
        attended: 1,
        no_show: 1,
      })
      expect(await balances(a.id)).toEqual({ event_credit: "820" })
      expect(await balances(b.id)).toEqual({ event_credit: "940" })

      // The admin cancels an event: every registration back, whatever the deadline.
      const called = await event({ title: "Conference", type: "conference", cancellation_deadline: at(-HOUR) })
      await post(`/admin/dealer-events/${called.id}/registrations`, { dealer_id: a.id, seats: 3 })
      await post(`/admin/dealer-events/${called.id}/registrations`, { dealer_id: b.id, seats: 1 })
      expect(await balances(a.id)).toEqual({ event_credit: "640" })
      const { event: off } = await post(`/admin/dealer-events/${called.id}/cancel`)
      expect(off).toMatchObject({ status: "cancelled", seats_taken: 0 })
      const { registrations } = await get(`/admin/dealer-events/${called.id}/registrations`)
      expect(registrations.map((r: any) => [r.dealer.code, r.status, r.refunded]).sort()).toEqual([
        ["EVD", "cancelled", true],
        ["EVE", "cancelled", true],
      ])
      expect(await balances(a.id)).toEqual({ event_credit: "820" })
      expect(await balances(b.id)).toEqual({ event_credit: "940" })
      expect(await costSummary(called.id)).toMatchObject({ seats_taken: 0, dealers_paid: "0.00" })
    })

    it("lets only dealers of the audience see and register", async () => {
      const dealerA = await dealer("EVF")
      const sub = await dealer("EVG", { role: "sub_dealer", parent_id: dealerA.id })
      const named = await dealer("EVH")
      const [ownerA, ownerSub, ownerNamed] = [await member(dealerA.id, "owner"), await member(sub.id, "owner"), await member(named.id, "owner")]
      const forSubs = await event({ cost_per_seat: "0", audience: { roles: ["sub_dealer"], dealer_ids: [named.id] } })

      const refused = await failure(api.post("/store/dealers/me/event-registrations", { event_id: forSubs.id, seats: 1 }, ownerA))
      expect(refused.status).toBe(400)
      expect(refused.message).toBe("event_id: this event is not open to your dealer (its audience leaves it out)")
      expect((await api.get("/store/dealers/me/events", ownerA)).data).toMatchObject({ events: [], count: 0 })
      for (const owner of [ownerSub, ownerNamed]) {
        expect((await api.get("/store/dealers/me/events", owner)).data.events.map((e: any) => e.id)).toEqual([forSubs.id])
        expect((await api.post("/store/dealers/me/event-registrations", { event_id: forSubs.id, seats: 1 }, owner)).status).toBe(201)
      }
      const adminRefused = await failure(api.post(`/admin/dealer-events/${forSubs.id}/registrations`, { dealer_id: dealerA.id, seats: 1 }, admin))
      expect(adminRefused.status).toBe(400)
      expect((await get(`/admin/dealer-events/${forSubs.id}`)).event.seats_taken).toBe(2)
    })

    it("sells the last 5 seats to exactly 5 of 20 simultaneous registrations and charges only those", async () => {
      const big = await dealer("EVBIG")
      await fund(big.id, "event_credit", "1000")
      const launch = await event({ capacity: 25, cost_per_seat: "10", dealer_share_percent: 50 })
      await post(`/admin/dealer-events/${launch.id}/registrations`, { dealer_id: big.id, seats: 20 })
      expect(await balances(big.id)).toEqual({ event_credit: "900" })

      const rivals: { id: string }[] = []
      for (let i = 0; i < 20; i += 1) {
        const { dealer: rival } = await post("/admin/dealers", { code: `EVR${i}`, name: `Rival ${i}` })
        await post(`/admin/dealers/${rival.id}`, { status: "active" })
        await fund(rival.id, "event_credit", "5")
        rivals.push(rival)
      }
      const answers = await Promise.all(
        rivals.map((rival) =>
          api
            .post(`/admin/dealer-events/${launch.id}/registrations`, { dealer_id: rival.id, seats: 1 }, admin)
            .catch((error: any) => error.response)
        )
      )
      const won = rivals.filter((_, i) => answers[i].status === 201)
      expect(won).toHaveLength(5)
      const lost = answers.filter((answer) => answer.status !== 201)
      expect(new Set(lost.map((answer) => `${answer.status} ${answer.data.message}`))).toEqual(
        new Set(["400 seats: 0 of the event's 25 seats are left; 1 asked"])
      )
      expect((await get(`/admin/dealer-events/${launch.id}`)).event.seats_taken).toBe(25)
      for (const rival of rivals) {
        expect(await balances(rival.id)).toEqual({ event_credit: won.includes(rival) ? "0" : "5" })
      }
      const charged = await rewards().listDealerWalletEntries({ source_type: "event_registration" })
      expect(charged).toHaveLength(6)
      expect(await costSummary(launch.id)).toMatchObject({ seats_taken: 25, cost: "250.00", dealers_paid: "125.00", manufacturer_paid: "125.00" })
    })

    /**
     * Runs `during` while `request` waits for the dealer's wallet lock (held
     * here, as a payout writing to the wallet holds it), then lets it go on.
     * The registration has read the balances before: `during` changes them.
     */
    async function whileWalletLocked<T>(dealerId: string, request: () => Promise<T>, during: (trx: any) => Promise<void>) {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const trx = await pg.transaction()
      await trx.raw("select pg_advisory_xact_lock(hashtext(?))", [`dealer_wallet:${dealerId}`])
      const answer = request()
      await waitFor(
        async () => (await pg.raw("select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted")).rows[0].n,
        (waiting) => waiting > 0
      )
      await during(trx)
      await trx.commit()
      return await answer
    }

    /** A payout of event credit written by another transaction (amount in EUR). */
    const payOutEventCredit = (dealerId: string, amount: number) => async (trx: any) => {
      await trx.raw(
        `insert into dealer_wallet_entry (id, dealer_id, kind, amount, raw_amount, currency_code, source_type, source_id)
         values (?, ?, 'event_credit', ?, ?::jsonb, 'eur', 'payout', ?)`,
        [`dwent_race_${dealerId}`, dealerId, -amount, JSON.stringify({ value: String(-amount), precision: 20 }), `race_${dealerId}`]
      )
    }

    it("splits the share under the wallet's lock: event credit paid out meanwhile is taken from money, or refused with the figures", async () => {
      const training = await event()

      // 2 seats × 150 × 40 % = 120.00. Prepared from 100.00 event credit; 80.00 of it paid out before the charge.
      const a = await dealer("EVRACEA", { commitments: { event_share_from_money: true } })
      await fund(a.id, "event_credit", "100")
      await fund(a.id, "money", "500")
      const paid = await whileWalletLocked(
        a.id,
        () => post(`/admin/dealer-events/${training.id}/registrations`, { dealer_id: a.id, seats: 2 }),
        payOutEventCredit(a.id, 80)
      )
      expect(paid.registration).toMatchObject({ seats: 2, share_amount: "120.00", paid_event_credit: "20.00", paid_money: "100.00" })
      expect(await balances(a.id)).toEqual({ event_credit: "0", money: "400" })

      // Without money's consent: 150.00 event credit at first, 70.00 when charged → the event's refusal, seats freed.
      const b = await dealer("EVRACEB")
      await fund(b.id, "event_credit", "150")
      const refused = await whileWalletLocked(
        b.id,
        () => failure(post(`/admin/dealer-events/${training.id}/registrations`, { dealer_id: b.id, seats: 2 })),
        payOutEventCredit(b.id, 80)
      )
      expect(refused).toMatchObject({
        status: 400,
        message:
          "seats: the dealer's share is 120.00 EUR; its event credit balance 70.00 EUR (the dealer's agreement does not let money pay event shares) does not cover it",
      })
      expect(await balances(b.id)).toEqual({ event_credit: "70" })
      expect((await get(`/admin/dealer-events/${training.id}`)).event.seats_taken).toBe(2)
      expect(await costSummary(training.id)).toMatchObject({ seats_taken: 2, cost: "300.00", dealers_paid: "120.00", manufacturer_paid: "180.00" })
    })

    it("lists a dealer's registrations across events with their event, and events upcoming or past", async () => {
      const d = await dealer("EVLIST")
      await fund(d.id, "event_credit", "1000")
      const soon = await event({ title: "Soon", capacity: 5 })
      const later = await event({
        title: "Later",
        starts_at: at(20 * DAY),
        ends_at: at(20 * DAY + HOUR),
        registration_deadline: at(19 * DAY),
        cancellation_deadline: at(18 * DAY),
      })
      const first = (await post(`/admin/dealer-events/${soon.id}/registrations`, { dealer_id: d.id, seats: 1 })).registration
      const second = (await post(`/admin/dealer-events/${later.id}/registrations`, { dealer_id: d.id, seats: 2 })).registration
      await post(`/admin/dealer-events/${soon.id}/registrations/${first.id}/cancel`)

      const listed = await get(`/admin/dealer-event-registrations?dealer_id=${d.id}`)
      expect(listed.count).toBe(2)
      // Latest first, each with its event; 2 × 150 × 40 % = 120.00 and 60.00 refunded before the deadline.
      expect(listed.registrations.map((r: any) => [r.id, r.event.title, r.seats, r.share_amount, r.status, r.refunded])).toEqual([
        [second.id, "Later", 2, "120.00", "registered", false],
        [first.id, "Soon", 1, "60.00", "cancelled", true],
      ])
      expect(listed.registrations[0].event).toEqual({
        id: later.id,
        title: "Later",
        type: "training_onsite",
        status: "published",
        starts_at: later.starts_at,
        ends_at: later.ends_at,
        currency_code: "eur",
      })
      expect((await get(`/admin/dealer-event-registrations?dealer_id=${d.id}&status=registered`)).registrations).toHaveLength(1)
      expect(await failure(get("/admin/dealer-event-registrations?order=nope"))).toMatchObject({ status: 400 })

      // Upcoming: not ended yet. One event moved into the past is listed under past only.
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("update dealer_event set starts_at = now() - interval '2 days', ends_at = now() - interval '1 day' where id = ?", [soon.id])
      const titles = async (when: string) =>
        (await get(`/admin/dealer-events?when=${when}&id[]=${soon.id}&id[]=${later.id}`)).events.map((e: any) => e.title)
      expect(await titles("upcoming")).toEqual(["Later"])
      expect(await titles("past")).toEqual(["Soon"])
      expect(await failure(get("/admin/dealer-events?when=someday"))).toMatchObject({ status: 400 })
    })
  },
})
