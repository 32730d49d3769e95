import type { ProgramPeriodType } from "../../types/rewards"
import { adminText, cachedFormat } from "./locale"

const dateFormat = cachedFormat((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" }))

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "-"
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? "-" : dateFormat().format(date)
}

export function formatValidity(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : adminText("common.openEnded")}`
}

/** The current month as "YYYY-MM", in the browser's time zone. */
export function currentMonth(now = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}`
}

/** Today (or the day of `now`) as "YYYY-MM-DD", in the browser's time zone. */
export function todayKey(now = new Date()): string {
  return `${currentMonth(now)}-${String(now.getDate()).padStart(2, "0")}`
}

/** "2026-11" moved by `delta` months. */
export function shiftMonth(period: string, delta: number): string {
  const [year, month] = period.split("-").map(Number)
  const date = new Date(Date.UTC(year, month - 1 + delta, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`
}

export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

const monthFormat = cachedFormat((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }))

/** "2026-11" as "November 2026". */
export function formatMonth(period: string): string {
  if (!isMonthKey(period)) return period
  const [year, month] = period.split("-").map(Number)
  return monthFormat().format(new Date(Date.UTC(year, month - 1, 1)))
}

const shortMonthFormat = cachedFormat((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }))

/** "2026-11" as "Nov 2026", for chart axes. */
export function formatShortMonth(period: string): string {
  if (!isMonthKey(period)) return period
  const [year, month] = period.split("-").map(Number)
  return shortMonthFormat().format(new Date(Date.UTC(year, month - 1, 1)))
}

/** A day key from the API ("2026-11-27") for display; noon UTC keeps it the same day everywhere. */
export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return formatDate(day)
  return formatDate(`${day}T12:00:00Z`)
}

/** A reward period: "2026-11", "2026-Q4" or "2026". */
export function isRewardPeriod(value: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(value)
}

/**
 * A period key for display in the admin's language: "2026-11" as "November 2026",
 * "2026-Q4" as "Q4 2026", "2026" as "2026" ("2026 год"), a day and a span of days
 * ("2026-11-01..2026-11-30") as dates; anything else as it is.
 */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter) return adminText("common.quarter", { quarter: quarter[2], year: quarter[1] })
  if (/^\d{4}$/.test(period)) return adminText("common.year", { year: period })
  const span = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(period)
  if (span) return `${formatDay(span[1])} – ${formatDay(span[2])}`
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return formatDay(period)
  return formatMonth(period)
}

/** The period a program of this type is in today: "2026-11", "2026-Q4" or "2026". */
export function currentPeriodOf(type: ProgramPeriodType, now = new Date()): string {
  if (type === "year") return String(now.getFullYear())
  if (type === "quarter") return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`
  return currentMonth(now)
}

const dateTimeFormat = cachedFormat((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }))
const timeFormat = cachedFormat((locale) => new Intl.DateTimeFormat(locale, { timeStyle: "short" }))

/** A moment in the user's locale and time zone: "Dec 12, 2026, 9:00 AM". */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "-"
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? "-" : dateTimeFormat().format(date)
}

/** From–to of one span: the end's time only when it is the same day. */
export function formatSpan(from: string | null | undefined, to: string | null | undefined): string {
  if (!from || !to) return formatDateTime(from ?? to)
  const start = new Date(from)
  const end = new Date(to)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return "-"
  return start.toDateString() === end.toDateString()
    ? `${dateTimeFormat().format(start)} – ${timeFormat().format(end)}`
    : `${dateTimeFormat().format(start)} – ${dateTimeFormat().format(end)}`
}

/** An ISO moment (or a Date) as a local moment key ("2026-12-12T09:00"), in the browser's time zone. */
export function toLocalInput(value: string | Date | null | undefined): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${todayKey(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/**
 * A day key ("2026-12-03") or a local moment key ("2026-12-03T09:00") as the
 * local Date a date picker shows; null when blank or not one. A day is its local
 * midnight, so the day picked is the day sent, whatever the time zone.
 */
export function localDateOf(key: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(key ?? "")
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0))
  // Not the Date constructor: it reads years 0–99 as 1900–1999, and a year being typed passes through them.
  const date = new Date(0)
  date.setFullYear(year, month - 1, day)
  date.setHours(hour, minute, 0, 0)
  return date
}
