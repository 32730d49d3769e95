import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { eventScheduleProblem } from "../../../lib/event-cost"
import { DEALER_ROLES } from "../../../types/dealer-network"
import { ATTENDANCE_VALUES, EVENT_STATUSES, EVENT_TYPES, REGISTRATION_STATUSES } from "../../../types/engagement"
import {
  currencyCode,
  decimalAmount,
  findParams,
  id,
  idFilter,
  MAX_INTEGER,
  oneOrMany,
  percent,
  wholeNumber,
} from "../../utils/validation-primitives"

const ids = z.array(id).max(500)
const date = z.coerce.date()
const text = (max: number) => z.string().trim().min(1).max(max)

/** Who may register; empty lists = every active dealer. */
const audience = z
  .object({
    roles: z.array(z.enum(DEALER_ROLES)).max(DEALER_ROLES.length).optional(),
    tier_ids: ids.optional(),
    territory_ids: ids.optional(),
    dealer_ids: ids.optional(),
  })
  .strict()

const eventFields = {
  type: z.enum(EVENT_TYPES),
  title: text(200),
  description: z.string().max(10_000).nullish(),
  starts_at: date,
  ends_at: date,
  location: text(500).nullish(),
  link: z.url().max(2000).nullish(),
  capacity: wholeNumber(1, MAX_INTEGER),
  registration_deadline: date,
  cancellation_deadline: date,
  audience: audience.optional(),
  product_ids: ids.optional(),
  category_ids: ids.optional(),
  currency_code: currencyCode,
  cost_per_seat: decimalAmount(),
  /** The share of the seats' cost the dealer pays, 0–100 %. */
  dealer_share_percent: percent.transform(String),
}

const fitsSchedule = (event: Partial<Record<"starts_at" | "ends_at" | "registration_deadline" | "cancellation_deadline", Date>>, ctx: z.RefinementCtx) => {
  const { starts_at, ends_at, registration_deadline, cancellation_deadline } = event
  if (!starts_at || !ends_at || !registration_deadline || !cancellation_deadline) return
  const problem = eventScheduleProblem({ starts_at, ends_at, registration_deadline, cancellation_deadline })
  if (problem) ctx.addIssue({ code: "custom", path: [problem.split(":")[0]], message: problem })
}

/** POST /admin/dealer-events: a draft event. */
export const AdminCreateDealerEvent = z.object(eventFields).strict().superRefine(fitsSchedule)
export type AdminCreateDealerEventType = z.infer<typeof AdminCreateDealerEvent>

/** POST /admin/dealer-events/:id: the fields to change (dates checked with the stored ones). */
export const AdminUpdateDealerEvent = z.object(eventFields).partial().strict().superRefine(fitsSchedule)
export type AdminUpdateDealerEventType = z.infer<typeof AdminUpdateDealerEvent>

export const AdminGetDealerEventParams = createSelectParams()

/** GET /admin/dealer-events */
export const AdminGetDealerEventsParams = findParams({ limit: 20, order: "-starts_at" }).extend({
  id: idFilter.optional(),
  status: oneOrMany(z.enum(EVENT_STATUSES)).optional(),
  type: oneOrMany(z.enum(EVENT_TYPES)).optional(),
  /** upcoming: not ended yet; past: ended. */
  when: z.enum(["upcoming", "past"]).optional(),
})

export const AdminPublishDealerEvent = z.object({}).strict()
export const AdminCancelDealerEvent = z.object({}).strict()

/** Seats and the people they are for. */
const registrationFields = {
  seats: wholeNumber(1, 1000),
  attendees: z
    .array(z.object({ name: text(200), email: z.email().max(320).optional() }).strict())
    .max(1000)
    .optional(),
}

const attendeesFitSeats = (body: { seats?: number; attendees?: unknown[] }, ctx: z.RefinementCtx) => {
  if (body.attendees && body.seats !== undefined && body.attendees.length > body.seats) {
    ctx.addIssue({ code: "custom", path: ["attendees"], message: "attendees: more names than seats" })
  }
}

/** A registration's body (admin and store): who or what for, the seats, and the people they are for. */
export const seatsBody = <T extends z.ZodRawShape>(fields: T) =>
  z
    .object({ ...fields, ...registrationFields })
    .strict()
    .superRefine((body, ctx) => attendeesFitSeats(body as { seats?: number; attendees?: unknown[] }, ctx))

/** POST /admin/dealer-events/:id/registrations: seats for a dealer. */
export const AdminRegisterDealerForEvent = seatsBody({ dealer_id: id })
export type AdminRegisterDealerForEventType = z.infer<typeof AdminRegisterDealerForEvent>

/** Filters of a registration list (one event's in admin, my dealer's in store). */
export const registrationFilters = {
  status: oneOrMany(z.enum(REGISTRATION_STATUSES)).optional(),
}

/** GET /admin/dealer-events/:id/registrations */
export const AdminGetEventRegistrationsParams = findParams({ limit: 50, order: "created_at" }).extend({
  dealer_id: idFilter.optional(),
  ...registrationFilters,
})

export const AdminCancelEventRegistration = z.object({}).strict()

/** POST /admin/dealer-events/:id/attendance */
export const AdminRecordEventAttendance = z
  .object({
    attendance: z
      .array(z.object({ registration_id: id, attendance: z.enum(ATTENDANCE_VALUES) }).strict())
      .min(1)
      .max(1000),
  })
  .strict()
export type AdminRecordEventAttendanceType = z.infer<typeof AdminRecordEventAttendance>
