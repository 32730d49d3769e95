import type { z } from "zod"
import { getI18n } from "react-i18next"
import { formatDay } from "./dates"
import { adminText } from "./locale"
import { formatNumber } from "./numbers"

// Why a field is refused, in the admin's language: the forms' own checks
// (zod issues without a message of their own) and the API's refusals, which
// are English ("discount_percent: Too big: expected number to be <=100").

const text = (key: string, options?: Record<string, unknown>) => adminText(`validation.${key}`, options)
const number = (value: unknown) => formatNumber(String(value))
const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && !value.trim())

type Bound = { origin?: string; inclusive?: boolean }

function tooSmall(issue: Bound & { minimum: number | bigint }): string {
  if (issue.origin === "string") return Number(issue.minimum) <= 1 ? adminText("common.required") : text("tooShort", { min: number(issue.minimum) })
  if (issue.origin === "array" || issue.origin === "set") return text("fewItems", { min: number(issue.minimum) })
  return text(issue.inclusive === false ? "above" : "atLeast", { min: number(issue.minimum) })
}

function tooBig(issue: Bound & { maximum: number | bigint }): string {
  if (issue.origin === "string") return text("tooLong", { max: number(issue.maximum) })
  return text(issue.inclusive === false ? "below" : "atMost", { max: number(issue.maximum) })
}

/**
 * The message of a form's check that gave none (zod's own English), for
 * `zodResolver(schema, { error: formIssueText })`; messages a schema sets win.
 */
export function formIssueText(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (blank(issue.input)) return adminText("common.required")
      if (issue.expected === "int") return text("wholeNumber")
      return issue.expected === "number" ? text("notNumber") : text("invalid")
    case "too_small":
      return tooSmall(issue)
    case "too_big":
      return tooBig(issue)
    case "invalid_value":
      return text("chooseOption")
    case "invalid_format":
      return text("invalidFormat")
    case "not_multiple_of":
      return issue.divisor === 1 ? text("wholeNumber") : text("invalid")
    default:
      return text("invalid")
  }
}

const ROLES: Record<string, string> = { "a distributor": "distributor", "a dealer": "dealer", "a sub-dealer": "sub_dealer" }
const THINGS: Record<string, string> = { agreement: "agreement", territory: "territory", "reward program": "rewardProgram", material: "material" }

/** `from 2026-01-01 with no end` / `from 2026-01-01 to 2026-06-30` in the admin's words. */
function zoneDates(from: string, to: string | undefined) {
  return to ? text("fromTo", { from: formatDay(from), to: formatDay(to) }) : text("fromOpenEnded", { from: formatDay(from) })
}

type Said = { kind: string; values?: Record<string, unknown> }

/** The API's refusals the admin can say in its own words: the English pattern, the kind of refusal and its values. */
const API_MESSAGES: [RegExp, (match: RegExpExecArray) => Said][] = [
  [/^(?:Invalid input: expected \w+, received (?:undefined|null)|required\b.*|Too small: expected string to have >=1 characters)$/, () => ({ kind: "required" })],
  [/^Invalid input: expected int\b.*|^must be a whole number$/, () => ({ kind: "wholeNumber" })],
  [/^Invalid input: expected number\b.*|^must be a (?:decimal|finite) number$/, () => ({ kind: "notNumber" })],
  [/^Too small: expected string to have >=(\d+) characters$/, (m) => ({ kind: "tooShort", values: { min: number(m[1]) } })],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => ({ kind: "tooLong", values: { max: number(m[1]) } })],
  [/^Too small: expected array to have >=(\d+) items$/, (m) => ({ kind: "fewItems", values: { min: number(m[1]) } })],
  [/^(?:Too small: expected \w+ to be >=|must be at least )(-?[\d.]+)$/, (m) => ({ kind: "atLeast", values: { min: number(m[1]) } })],
  [/^(?:Too big: expected \w+ to be <=|must be at most )(-?[\d.]+)$/, (m) => ({ kind: "atMost", values: { max: number(m[1]) } })],
  [/^(?:Too small: expected \w+ to be >|must be greater than )(-?[\d.]+)$/, (m) => ({ kind: "above", values: { min: number(m[1]) } })],
  [/^Too big: expected \w+ to be <(-?[\d.]+)$/, (m) => ({ kind: "below", values: { max: number(m[1]) } })],
  [/^must not be negative$/, () => ({ kind: "notNegative" })],
  [/^must have at most (\d+) decimals$/, (m) => ({ kind: "decimals", values: { decimals: m[1] } })],
  [/^Invalid option: expected one of .*$/, () => ({ kind: "chooseOption" })],
  [/^Invalid string: .*$/, () => ({ kind: "invalidFormat" })],
  [/^must be after \w+ \((\d{4}-\d{2}-\d{2})[^)]*\)$/, (m) => ({ kind: "after", values: { date: formatDay(m[1]) } })],
  [/^must not be before (?:\w+|the agreement starts \(.*\))$/, () => ({ kind: "notBefore" })],
  [/^must be after (?:starts_at|valid_from|period_from)$/, () => ({ kind: "afterStart" })],
  [/^must not be after starts_at$/, () => ({ kind: "notAfterStart" })],
  [/^must be above the previous tier's (\w+)$/, (m) => ({ kind: "tierAbove", values: { field: m[1] } })],
  [/^must not be below min_quantity$/, () => ({ kind: "belowMinQuantity" })],
  [/^dealer (\S+) already has (\w+) (.+)$/, (m) => ({ kind: "taken", values: { dealer: m[1], field: m[2], value: m[3] } })],
  [
    /^(agreement|territory|reward program|material) (.+) already exists$/,
    (m) => ({ kind: "exists", values: { thing: text(`thing.${THINGS[m[1]]}`), value: m[2] } }),
  ],
  [
    /^(a distributor|a dealer|a sub-dealer) cannot sit under (a distributor|a dealer|a sub-dealer)$/,
    (m) => ({ kind: "roleUnder", values: { child: text(`child.${ROLES[m[1]]}`), parent: text(`parent.${ROLES[m[2]]}`) } }),
  ],
  [/^a sub-dealer must have a parent dealer or distributor$/, () => ({ kind: "needsParent" })],
  [
    /^overlaps the (exclusive )?zone of (.+?) in (.+?) for (.+?) from (\d{4}-\d{2}-\d{2})(?: to (\d{4}-\d{2}-\d{2})| with no end): zones of different dealers/,
    (m) => ({
      kind: "zoneOverlap",
      values: {
        zone: text(m[1] ? "exclusiveZone" : "zone", {
          dealer: m[2],
          territory: m[3],
          assortment: m[4] === "the whole assortment" ? text("wholeAssortment") : m[4],
          dates: zoneDates(m[5], m[6]),
        }),
      },
    }),
  ],
]

/** A kind of refusal in words: the field's own words for it when it has some ("byField.valid_to.after"). */
function say(field: string | undefined, { kind, values }: Said): string {
  const own = field && `validation.byField.${field}.${kind}`
  if (own && getI18n()?.exists(`dealerNetwork.${own}`)) return adminText(own, values)
  return kind === "required" ? adminText("common.required") : text(kind, values)
}

/**
 * One refusal of the API (the part after "field: ") in the admin's language,
 * by the field it names (its last key: "price_terms.1.amount" → "amount") and
 * the kind of refusal; the API's own text when the admin has no words for it.
 */
export function apiIssueText(message: string, path?: string | null): string {
  const field = path?.split(".").pop()
  for (const [pattern, read] of API_MESSAGES) {
    const match = pattern.exec(message)
    if (match) return say(field, read(match))
  }
  return message
}
