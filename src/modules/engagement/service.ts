import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { exactAmount } from "../../lib/amounts"
import BigNumber from "bignumber.js"
import { contestProblem } from "../../lib/contest-prizes"
import { eventScheduleProblem } from "../../lib/event-cost"
import { adjustedStock, AskedLine, PricedLine, PricedMaterial, priceRequest } from "../../lib/material-points"
import type { Attendance, ContestStatus, EventAttendee, EventStatus, MaterialContact, MaterialShippingAddress } from "../../types/engagement"
import { Contest, ContestResult, Event, EventRegistration, Material, MaterialRequest, MaterialRequestLine, RatingAward, RatingSetting } from "./models"
import { EngagementOptions, parseEngagementOptions } from "./options"
import { resolveRatingWeights } from "../../lib/dealer-rating"
import type { RatingPeriodType, RatingWeights } from "../../types/engagement"
import { seatsTaken } from "../../lib/refusals"

type Row = Record<string, any>

export type SeatReservation = {
  event_id: string
  dealer_id: string
  seats: number
  attendees: EventAttendee[]
  share_amount: string
  paid_event_credit: string
  paid_money: string
  registered_by?: string | null
}

/** A registration taken back, and whether its share goes back to the wallet. */
export type ReleasedRegistration = {
  id: string
  dealer_id: string
  currency_code: string
  paid_event_credit: string
  paid_money: string
  refunded: boolean
}

/** The fields of an event the admin may change while it is a draft or published. */
export type EventChanges = Partial<{
  type: string
  title: string
  description: string | null
  starts_at: Date
  ends_at: Date
  location: string | null
  link: string | null
  capacity: number
  registration_deadline: Date
  cancellation_deadline: Date
  audience: Record<string, unknown>
  product_ids: string[]
  category_ids: string[]
  currency_code: string
  cost_per_seat: string
  dealer_share_percent: string
}>

/** What the dealers were charged by: fixed once an event has live registrations. */
const CHARGED_FIELDS = ["currency_code", "cost_per_seat", "dealer_share_percent"] as const

/** What a running contest was published with: who takes part, on what, from when. */
const RUNNING_CONTEST_FIXED = ["audience", "metric", "focus_key", "currency_code", "starts_on", "prize_kind"] as const

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

// Keys match the model names, so Query entities (dealer_event, dealer_event_registration) find their list methods.
class EngagementModuleService extends MedusaService({
  DealerEvent: Event,
  DealerEventRegistration: EventRegistration,
  DealerContest: Contest,
  DealerContestResult: ContestResult,
  DealerRatingAward: RatingAward,
  DealerRatingSetting: RatingSetting,
  DealerMaterial: Material,
  DealerMaterialRequest: MaterialRequest,
  DealerMaterialRequestLine: MaterialRequestLine,
}) {
  protected readonly options_: EngagementOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseEngagementOptions(options)
  }

  getOptions(): EngagementOptions {
    return this.options_
  }

  /** The rating weights in force: the admin setting's, else the plugin option's, else the defaults. */
  @InjectManager()
  async getRatingWeights(@MedusaContext() sharedContext: Context = {}) {
    const [saved] = await this.listDealerRatingSettings({}, { take: 1 }, sharedContext)
    return resolveRatingWeights((saved?.weights ?? null) as Partial<RatingWeights> | null, this.options_.ratingWeights)
  }

  /** Saves the admin's weights (a null weight goes back to the option / default); answers the weights in force. */
  @InjectTransactionManager()
  async saveRatingWeights(changes: Partial<Record<keyof RatingWeights, number | null>>, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // One settings row: serialise writers on a transaction-scoped advisory lock.
    await manager.execute(`select pg_advisory_xact_lock(hashtext('dealer_rating_setting'))`)
    const [saved] = await this.listDealerRatingSettings({}, { take: 1 }, sharedContext)
    const weights: Record<string, number> = { ...((saved?.weights ?? {}) as Record<string, number>) }
    for (const [component, value] of Object.entries(changes)) {
      if (value === null) delete weights[component]
      else if (value !== undefined) weights[component] = value
    }
    if (saved) await this.updateDealerRatingSettings({ id: saved.id, weights }, sharedContext)
    else await this.createDealerRatingSettings({ weights }, sharedContext)
    return resolveRatingWeights(weights as Partial<RatingWeights>, this.options_.ratingWeights)
  }

  /**
   * Records the dealer of a period once: a second call for the period changes
   * nothing and answers the award recorded first (created: false).
   */
  @InjectTransactionManager()
  async recordRatingAward(
    input: { period_key: string; period_type: string; dealer_id: string; score: string; entry: unknown; weights: unknown; recorded_by: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    // Serialise recorders of one period; the unique index on period_key backs it.
    await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`dealer_rating_award:${input.period_key}`])
    const [existing] = await this.listDealerRatingAwards({ period_key: input.period_key }, { select: ["id"], take: 1 }, sharedContext)
    if (existing) return { id: existing.id, created: false }
    const award = await this.createDealerRatingAwards(
      {
        period_key: input.period_key,
        period_type: input.period_type as RatingPeriodType,
        dealer_id: input.dealer_id,
        score: exactAmount(input.score),
        entry: input.entry as Record<string, unknown>,
        weights: input.weights as Record<string, unknown>,
        recorded_by: input.recorded_by,
      },
      sharedContext
    )
    return { id: award.id, created: true }
  }
  /** Seats of the live (not cancelled) registrations, by event. */
  @InjectManager()
  async seatsTaken(eventIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    if (!eventIds.length) return {}
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Row[] = await manager.execute(
      `select event_id, sum(seats)::int as seats from dealer_event_registration
        where deleted_at is null and status = 'registered'
          and event_id = any(array(select jsonb_array_elements_text(?::jsonb)))
        group by event_id`,
      [JSON.stringify(eventIds)]
    )
    return Object.fromEntries(eventIds.map((id) => [id, rows.find((row) => row.event_id === id)?.seats ?? 0]))
  }

  /**
   * One event's seats taken, attendance, and what its dealers paid: the shares
   * of its registrations not refunded (a late cancellation's share stays paid).
   */
  @InjectManager()
  async eventFigures(eventId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const [row]: Row[] = await manager.execute(
      `select coalesce(sum(seats) filter (where status = 'registered'), 0)::int as seats_taken,
              coalesce(sum(share_amount) filter (where not refunded), 0)::text as dealers_paid,
              count(*) filter (where status = 'registered' and attendance = 'attended')::int as attended,
              count(*) filter (where status = 'registered' and attendance = 'no_show')::int as no_show
         from dealer_event_registration where event_id = ? and deleted_at is null`,
      [eventId]
    )
    return row as { seats_taken: number; dealers_paid: string; attended: number; no_show: number }
  }

  /**
   * Takes seats of a published event before its registration deadline. The
   * event's row is locked for the check and the insert, so concurrent
   * registrations never take more seats than its capacity.
   */
  @InjectTransactionManager()
  async reserveSeats(input: SeatReservation, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [event]: Row[] = await manager.execute(
      `select id, status, capacity, registration_deadline from dealer_event where id = ? and deleted_at is null for update`,
      [input.event_id]
    )
    if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${input.event_id} was not found`)
    assertOpenForRegistration(event)
    const [taken]: Row[] = await manager.execute(
      `select coalesce(sum(seats), 0)::int as seats,
              bool_or(dealer_id = ?) as dealer_registered
         from dealer_event_registration where event_id = ? and status = 'registered' and deleted_at is null`,
      [input.dealer_id, input.event_id]
    )
    if (taken.dealer_registered) {
      throw notAllowed("event_id: the dealer is registered for this event already; cancel that registration to change its seats")
    }
    const left = event.capacity - taken.seats
    if (input.seats > left) throw notAllowed(`seats: ${left} of the event's ${event.capacity} seats are left; ${input.seats} asked`)
    return await this.createDealerEventRegistrations(
      {
        ...input,
        attendees: input.attendees as unknown as Record<string, unknown>,
        share_amount: exactAmount(input.share_amount),
        paid_event_credit: exactAmount(input.paid_event_credit),
        paid_money: exactAmount(input.paid_money),
      },
      sharedContext
    )
  }

  /**
   * Cancels a dealer's live registration. Its share is refunded when it is
   * cancelled before the event's cancellation deadline; after it, never.
   */
  @InjectTransactionManager()
  async cancelRegistration(
    input: { id: string; dealer_id?: string; at?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReleasedRegistration> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const at = input.at ?? new Date()
    const [registration]: Row[] = await manager.execute(
      `select r.id, r.dealer_id, r.status, e.status as event_status, e.cancellation_deadline
         from dealer_event_registration r join dealer_event e on e.id = r.event_id
        where r.id = ? and r.deleted_at is null ${input.dealer_id ? "and r.dealer_id = ?" : ""}
        for update of r`,
      input.dealer_id ? [input.id, input.dealer_id] : [input.id]
    )
    if (!registration) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event registration with id: ${input.id} was not found`)
    if (registration.status !== "registered") throw notAllowed("The registration is cancelled already")
    if (registration.event_status !== "published") throw notAllowed(`The event is ${registration.event_status}: its registrations stay as they are`)
    const refunded = at < new Date(registration.cancellation_deadline)
    const [released] = await this.release_(manager, "r.id = ?", [refunded, at, input.id])
    return released
  }

  /** Cancels a draft or published event and all its live registrations, every share refunded. */
  @InjectTransactionManager()
  async cancelEvent(id: string, @MedusaContext() sharedContext: Context = {}): Promise<ReleasedRegistration[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const event = await this.lockedEvent_(manager, id)
    if (!["draft", "published"].includes(event.status)) throw notAllowed(`The event is ${event.status}; only a draft or published event can be cancelled`)
    const at = new Date()
    await manager.execute(`update dealer_event set status = 'cancelled', cancelled_at = ?, updated_at = now() where id = ?`, [at, id])
    return await this.release_(manager, "r.event_id = ?", [true, at, id])
  }

  /** Moves an event on from the statuses it may leave. */
  @InjectTransactionManager()
  async transitionEvent(
    input: { id: string; from: EventStatus[]; to: EventStatus; startedOnly?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const event = await this.lockedEvent_(manager, input.id)
    if (!input.from.includes(event.status)) throw notAllowed(`The event is ${event.status}; it must be ${input.from.join(" or ")}`)
    if (input.startedOnly && new Date(event.starts_at) > new Date()) throw notAllowed("The event has not started yet")
    if (event.status === input.to) return
    await manager.execute(
      `update dealer_event set status = ?, published_at = case when ? = 'published' then now() else published_at end,
              updated_at = now() where id = ?`,
      [input.to, input.to, input.id]
    )
  }

  /**
   * Changes a draft or published event. Its dates must still fit together, its
   * capacity hold the seats taken, and what the dealers were charged by stay
   * as it was once it has registrations. Answers the event as it was before.
   */
  @InjectTransactionManager()
  async updateEvent(id: string, changes: EventChanges, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await this.lockedEvent_(manager, id)
    const before = await this.retrieveDealerEvent(id, {}, sharedContext)
    if (!["draft", "published"].includes(before.status)) throw notAllowed(`The event is ${before.status}; only a draft or published event can be changed`)
    const after = { ...before, ...changes }
    const problem = eventScheduleProblem({
      starts_at: new Date(after.starts_at),
      ends_at: new Date(after.ends_at),
      registration_deadline: new Date(after.registration_deadline),
      cancellation_deadline: new Date(after.cancellation_deadline),
    })
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    const taken = (await this.seatsTaken([id], sharedContext))[id]
    if (after.capacity < taken) throw notAllowed(seatsTaken(taken))
    const charged = CHARGED_FIELDS.filter((field) => field in changes && String(changes[field]) !== String(before[field]))
    if (charged.length && taken > 0) {
      throw notAllowed(`${charged[0]}: dealers have registered and paid their share; it cannot change now`)
    }
    const { cost_per_seat, dealer_share_percent, ...rest } = changes
    await this.updateDealerEvents(
      {
        id,
        ...rest,
        ...(cost_per_seat !== undefined ? { cost_per_seat: exactAmount(cost_per_seat) } : {}),
        ...(dealer_share_percent !== undefined ? { dealer_share_percent: exactAmount(dealer_share_percent) } : {}),
      } as any,
      sharedContext
    )
    return before
  }

  /**
   * Records who came, once the event has started; the event is completed by
   * it. Each registration must be a live one of the event.
   */
  @InjectTransactionManager()
  async recordAttendance(
    input: { event_id: string; attendance: { registration_id: string; attendance: Attendance }[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.transitionEvent({ id: input.event_id, from: ["published", "completed"], to: "completed", startedOnly: true }, sharedContext)
    const ids = input.attendance.map((item) => item.registration_id)
    const live = await this.listDealerEventRegistrations({ id: ids, event_id: input.event_id, status: "registered" }, { select: ["id"] }, sharedContext)
    const unknown = ids.filter((id) => !live.some((registration) => registration.id === id))
    if (unknown.length) throw notAllowed(`attendance: ${unknown.join(", ")} is no live registration of this event`)
    await this.updateDealerEventRegistrations(
      input.attendance.map((item) => ({ id: item.registration_id, attendance: item.attendance })),
      sharedContext
    )
  }

  /** Moves a contest on from the statuses it may leave (publishing, cancelling); answers its status before. */
  @InjectTransactionManager()
  async transitionContest(
    input: { id: string; from: ContestStatus[]; to: ContestStatus },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ContestStatus> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const contest = await this.lockedContest_(manager, input.id)
    if (contest.status === input.to) return contest.status
    if (!input.from.includes(contest.status)) throw notAllowed(`The contest is ${contest.status}; it must be ${input.from.join(" or ")}`)
    await manager.execute(
      `update dealer_contest set status = ?,
              published_at = case when ? = 'running' then now() else published_at end,
              cancelled_at = case when ? = 'cancelled' then now() else cancelled_at end,
              updated_at = now() where id = ?`,
      [input.to, input.to, input.to, input.id]
    )
    return contest.status
  }

  /**
   * Changes a draft or running contest; once it runs, who takes part, the
   * metric, its currency and its start stay as published. Answers it as it was.
   */
  @InjectTransactionManager()
  async updateContest(id: string, changes: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await this.lockedContest_(manager, id)
    const before = await this.retrieveDealerContest(id, {}, sharedContext)
    if (!["draft", "running"].includes(before.status)) throw notAllowed(`The contest is ${before.status}; only a draft or running contest can be changed`)
    if (before.status === "running") {
      const fixed = RUNNING_CONTEST_FIXED.find(
        (field) => field in changes && JSON.stringify(changes[field]) !== JSON.stringify((before as Row)[field])
      )
      if (fixed) throw notAllowed(`${fixed}: the contest is running; it cannot change now`)
    }
    const after = { ...before, ...changes } as Row
    const problem = contestProblem({
      starts_on: after.starts_on,
      ends_on: after.ends_on,
      metric: after.metric,
      focus_key: after.focus_key,
      prizes: after.prizes,
    })
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    await this.updateDealerContests({ id, ...changes } as any, sharedContext)
    return before
  }

  /**
   * Writes a close's final standings (replacing an earlier close's) and marks
   * the contest closed, with its row locked; only a running or closed contest.
   */
  @InjectTransactionManager()
  async saveContestResults(
    input: { contest_id: string; prize_kind: string; results: { dealer_id: string; rank: number | null; metric_value: string | null; prize_amount: string }[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const contest = await this.lockedContest_(manager, input.contest_id)
    if (!["running", "closed"].includes(contest.status)) throw notAllowed(`The contest is ${contest.status}; only a running contest can be closed`)
    await manager.execute(`delete from dealer_contest_result where contest_id = ?`, [input.contest_id])
    if (input.results.length) {
      await this.createDealerContestResults(
        input.results.map((result) => ({
          contest_id: input.contest_id,
          dealer_id: result.dealer_id,
          rank: result.rank,
          metric_value: result.metric_value === null ? null : exactAmount(result.metric_value),
          prize_kind: new BigNumber(result.prize_amount).isZero() ? null : input.prize_kind,
          prize_amount: exactAmount(result.prize_amount),
        })) as any,
        sharedContext
      )
    }
    await manager.execute(`update dealer_contest set status = 'closed', closed_at = now(), updated_at = now() where id = ?`, [
      input.contest_id,
    ])
  }

  private async lockedContest_(manager: SqlEntityManager, id: string): Promise<Row> {
    const [contest]: Row[] = await manager.execute(
      `select id, status from dealer_contest where id = ? and deleted_at is null for update`,
      [id]
    )
    if (!contest) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Contest with id: ${id} was not found`)
    return contest
  }

  // ---------------------------------------------------------------- materials

  /**
   * Prices a request against the catalogue as it is now, without holding or
   * writing anything: the quick refusal before the stock is taken.
   */
  @InjectManager()
  async quoteMaterialRequest(input: { lines: AskedLine[]; tier_id: string | null }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    return priced(priceRequest(input.lines, await this.materialsOf_(manager, input.lines, false), input.tier_id))
  }

  /**
   * Takes the units of a request from the stock and records it. The materials'
   * rows are locked (in id order, so two requests never wait on each other in
   * a circle) for the check and the update: concurrent requests never take
   * more than the stock.
   */
  @InjectTransactionManager()
  async placeMaterialRequest(input: MaterialRequestInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const quote = priced(priceRequest(input.lines, await this.materialsOf_(manager, input.lines, true), input.tier_id))
    await this.moveStock_(manager, quote.lines.map((line) => ({ material_id: line.material_id, quantity: -line.quantity })))
    const request = await this.createDealerMaterialRequests(
      {
        dealer_id: input.dealer_id,
        currency_code: input.currency_code,
        total_points: exactAmount(quote.total_points),
        shipping_address: input.shipping_address as unknown as Record<string, unknown>,
        contact: input.contact as unknown as Record<string, unknown>,
        note: input.note ?? null,
        requested_by: input.requested_by ?? null,
      },
      sharedContext
    )
    await this.createDealerMaterialRequestLines(
      quote.lines.map((line) => ({
        ...line,
        points_each: exactAmount(line.points_each),
        points_total: exactAmount(line.points_total),
        request_id: request.id,
      })),
      sharedContext
    )
    return { id: request.id, total_points: quote.total_points }
  }

  /** Undoes a request placed by a workflow that failed later: its units back to the stock, the request deleted. */
  @InjectTransactionManager()
  async undoMaterialRequest(id: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const deleted: Row[] = await manager.execute(
      `update dealer_material_request set deleted_at = now() where id = ? and deleted_at is null returning id`,
      [id]
    )
    if (!deleted.length) return
    await manager.execute(`update dealer_material_request_line set deleted_at = now() where request_id = ? and deleted_at is null`, [id])
    await this.moveStock_(manager, await this.linesOf_(manager, id))
  }

  /**
   * Rejects (admin) or cancels (member) a request that is still requested: its
   * units go back to the stock in the same transaction. Doing it again
   * changes nothing; a request shipped, or ended the other way, is refused.
   */
  @InjectTransactionManager()
  async releaseMaterialRequest(
    input: { id: string; to: "rejected" | "cancelled"; reason?: string | null; dealer_id?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReleasedMaterialRequest> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const request = await this.lockedMaterialRequest_(manager, input.id, input.dealer_id)
    if (request.status === input.to) return request
    if (request.status !== "requested") throw notAllowed(`The request is ${request.status}; only a requested one can be ${input.to}`)
    await this.moveStock_(manager, await this.linesOf_(manager, input.id))
    const [released]: Row[] = await manager.execute(
      `update dealer_material_request
          set status = ?, rejection_reason = ?, rejected_at = case when ? = 'rejected' then now() end,
              cancelled_at = case when ? = 'cancelled' then now() end, updated_at = now()
        where id = ?
        returning ${RELEASED_COLUMNS}`,
      [input.to, input.reason ?? null, input.to, input.to, input.id]
    )
    return released as ReleasedMaterialRequest
  }

  /** Marks a requested request shipped with its tracking note; shipping it again changes nothing. */
  @InjectTransactionManager()
  async shipMaterialRequest(input: { id: string; tracking_note?: string | null }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const request = await this.lockedMaterialRequest_(manager, input.id)
    if (request.status === "shipped") return
    if (request.status !== "requested") throw notAllowed(`The request is ${request.status}; only a requested one can be shipped`)
    await manager.execute(
      `update dealer_material_request set status = 'shipped', shipped_at = now(), tracking_note = ?, updated_at = now() where id = ?`,
      [input.tracking_note ?? null, input.id]
    )
  }

  /** Restocks or corrects a material's stock under its row lock (never below zero). Answers the stock before. */
  @InjectTransactionManager()
  async adjustMaterialStock(
    input: { id: string; adjustment?: number; stock?: number | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [material]: Row[] = await manager.execute(
      `select id, stock from dealer_material where id = ? and deleted_at is null for update`,
      [input.id]
    )
    if (!material) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Material with id: ${input.id} was not found`)
    const result = adjustedStock(material.stock, input)
    if ("problem" in result) throw notAllowed(result.problem)
    await manager.execute(`update dealer_material set stock = ?, updated_at = now() where id = ?`, [result.stock, input.id])
    return { stock_before: material.stock as number | null }
  }

  /** The active materials a dealer of `tier_id` may order, by code: one page of ids and the count. */
  @InjectManager()
  async orderableMaterialIds(
    input: { tier_id: string | null; limit: number; offset: number; kind?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Row[] = await manager.execute(
      `select id, count(*) over ()::int as total from dealer_material
        where deleted_at is null and is_active
          and (cardinality(tier_ids) = 0 or ?::text = any(tier_ids))
          and (?::jsonb is null or kind = any(array(select jsonb_array_elements_text(?::jsonb))))
        order by code limit ? offset ?`,
      [input.tier_id, ...Array(2).fill(input.kind ? JSON.stringify(input.kind) : null), input.limit, input.offset]
    )
    return { ids: rows.map((row) => row.id as string), count: rows[0]?.total ?? (await this.countOrderable_(manager, input.tier_id, input.kind)) }
  }

  private async countOrderable_(manager: SqlEntityManager, tierId: string | null, kind?: string[]) {
    const [row]: Row[] = await manager.execute(
      `select count(*)::int as total from dealer_material
        where deleted_at is null and is_active and (cardinality(tier_ids) = 0 or ?::text = any(tier_ids))
          and (?::jsonb is null or kind = any(array(select jsonb_array_elements_text(?::jsonb))))`,
      [tierId, ...Array(2).fill(kind ? JSON.stringify(kind) : null)]
    )
    return row.total as number
  }

  /** The materials of the lines, in id order; locked when `lock`. */
  private async materialsOf_(manager: SqlEntityManager, lines: AskedLine[], lock: boolean): Promise<PricedMaterial[]> {
    const rows: Row[] = await manager.execute(
      `select id, code, title, raw_points_price->>'value' as points_price, stock, tier_ids, is_active
         from dealer_material
        where deleted_at is null and id = any(array(select jsonb_array_elements_text(?::jsonb)))
        order by id ${lock ? "for update" : ""}`,
      [JSON.stringify(lines.map((line) => line.material_id))]
    )
    return rows as PricedMaterial[]
  }

  /** Adds each quantity (signed) to its material's stock; unlimited stock stays unlimited. Materials in id order. */
  private async moveStock_(manager: SqlEntityManager, moves: { material_id: string; quantity: number }[]) {
    for (const move of [...moves].sort((a, b) => (a.material_id < b.material_id ? -1 : 1))) {
      await manager.execute(
        `update dealer_material set stock = least(stock + ?, 2147483647), updated_at = now() where id = ? and stock is not null`,
        [move.quantity, move.material_id]
      )
    }
  }

  private async linesOf_(manager: SqlEntityManager, requestId: string) {
    return (await manager.execute(
      `select material_id, quantity from dealer_material_request_line where request_id = ?`,
      [requestId]
    )) as { material_id: string; quantity: number }[]
  }

  private async lockedMaterialRequest_(manager: SqlEntityManager, id: string, dealerId?: string): Promise<ReleasedMaterialRequest> {
    const [request]: Row[] = await manager.execute(
      `select ${RELEASED_COLUMNS} from dealer_material_request
        where id = ? and deleted_at is null ${dealerId ? "and dealer_id = ?" : ""} for update`,
      dealerId ? [id, dealerId] : [id]
    )
    if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Material request with id: ${id} was not found`)
    return request as ReleasedMaterialRequest
  }

  private async lockedEvent_(manager: SqlEntityManager, id: string): Promise<Row> {
    const [event]: Row[] = await manager.execute(
      `select id, status, starts_at from dealer_event where id = ? and deleted_at is null for update`,
      [id]
    )
    if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${id} was not found`)
    return event
  }

  /** Cancels the live registrations matching `where` (bindings: refunded, at, then the condition's). */
  private async release_(manager: SqlEntityManager, where: string, bindings: unknown[]): Promise<ReleasedRegistration[]> {
    return await manager.execute(
      `update dealer_event_registration r set status = 'cancelled', refunded = ?, cancelled_at = ?, updated_at = now()
         from dealer_event e
        where e.id = r.event_id and r.status = 'registered' and r.deleted_at is null and ${where}
        returning r.id, r.dealer_id, e.currency_code, r.paid_event_credit::text as paid_event_credit,
                  r.paid_money::text as paid_money, r.refunded`,
      bindings as any[]
    )
  }
}

export type MaterialRequestInput = {
  dealer_id: string
  tier_id: string | null
  currency_code: string
  lines: AskedLine[]
  shipping_address: MaterialShippingAddress
  contact: MaterialContact
  note?: string | null
  requested_by?: string | null
}

/** A request leaving `requested`: what its points were, to give them back. */
export type ReleasedMaterialRequest = {
  id: string
  dealer_id: string
  status: string
  total_points: string
  currency_code: string
}

const RELEASED_COLUMNS = "id, dealer_id, status, raw_total_points->>'value' as total_points, currency_code"

/** The priced lines, or the problem as a 400 naming the field. */
function priced(result: ReturnType<typeof priceRequest>): { lines: PricedLine[]; total_points: string } {
  if ("problem" in result) throw notAllowed(result.problem)
  return result
}

function assertOpenForRegistration(event: Row) {
  if (event.status !== "published") throw notAllowed(`event_id: the event is ${event.status}; registration is open for published events`)
  if (new Date(event.registration_deadline) <= new Date()) throw notAllowed("event_id: the event's registration deadline has passed")
}

export default EngagementModuleService
