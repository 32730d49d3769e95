import type { z } from "zod"
import { getI18n } from "react-i18next"
import { formatDay, formatPeriod } from "./dates"
import { adminLocale, adminText } from "./locale"
import { formatMoney, formatNumber } from "./numbers"

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

const DAY = "(\\d{4}-\\d{2}-\\d{2})[^\\s)]*"
const day = (iso: string) => formatDay(iso.slice(0, 10))
/** A country by its name in the admin's language ("de" → "Германия"). */
const country = (code: string) => new Intl.DisplayNames([adminLocale()], { type: "region" }).of(code.toUpperCase()) ?? code
const AGREEMENT_ACTIONS: Record<string, string> = {
  "only a draft can be activated": "activate",
  "only a draft can be deleted": "delete",
  "only an active agreement can be terminated": "terminate",
  "only the active version can be superseded": "supersede",
  "only a draft can be changed": "change",
}
/** The wallet's balance kinds as the refusal names them ("marketing points") and their labels' keys. */
const BALANCE_KINDS: Record<string, string> = { money: "money", "marketing points": "marketing_points", "event credit": "event_credit" }
/** An IBAN's or a BIC's problem (lib/bank-account.ts) and its kind. */
const BANK_PROBLEMS: Record<string, string> = {
  "does not start with a known country code": "ibanCountry",
  "has the wrong length for its country": "ibanLength",
  "does not have its country's account number format": "ibanFormat",
  "must have two check digits after the country code": "ibanCheckDigits",
  "has wrong check digits (mistyped?)": "ibanWrongCheckDigits",
  "has a wrong national account checksum (mistyped?)": "ibanWrongCheckDigits",
  "is a QR-IBAN, which cannot receive transfers": "qrIban",
  "is not a valid IBAN": "invalid",
  "has no known country code in letters 5–6": "bicCountry",
  "must be 8 or 11 letters and digits (bank, country, location, branch)": "bicFormat",
  "is not a valid BIC": "invalid",
}

/** `from 2026-01-01 with no end` / `from 2026-01-01 to 2026-06-30` in the admin's words. */
function zoneDates(from: string, to: string | undefined) {
  return to ? text("fromTo", { from: formatDay(from), to: formatDay(to) }) : text("fromOpenEnded", { from: formatDay(from) })
}

type Said = { kind: string; values?: Record<string, unknown> }

/** The API's refusals the admin can say in its own words: the English pattern, the kind of refusal and its values. */
const API_MESSAGES: [RegExp, (match: RegExpExecArray) => Said][] = [
  // Before the general "required …": a focus metric's missing product or category.
  [/^must be "?product:<id>"? or "?category:<id>"?$|^required (?:for a focus (?:metric|measure)|when the base is focus_amount)$/, () => ({ kind: "chooseFocus" })],
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
  [/^must be above the previous tier's from \((-?[\d.]+)\)$/, (m) => ({ kind: "tierAbove", values: { from: number(m[1]) } })],
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
  [/^must be on or after starts_on$/, () => ({ kind: "notBefore" })],
  [/^a focus metric needs a product or category \(.*\)$/, () => ({ kind: "chooseFocus" })],
  [/^only the focus metrics read a focus product or category$/, () => ({ kind: "focusOnlyForFocus" })],
  [/^rank (\d+) has two prize rows$/, (m) => ({ kind: "rankTwice", values: { rank: m[1] } })],
  [
    /^a (country|region|city) cannot sit under a (country|region|city)$/,
    (m) => ({ kind: "territoryUnder", values: { child: adminText(`territories.types.${m[1]}`), parent: adminText(`territories.types.${m[2]}`) } }),
  ],
  [/^a (region|city) must have a parent territory$/, (m) => ({ kind: "territoryNeedsParent", values: { child: adminText(`territories.types.${m[1]}`) } })],
  [/^must be 12 monthly weights, one per month \(got (\d+)\)$/, (m) => ({ kind: "twelveWeights", values: { got: m[1] } })],
  [/^the weight of month (\d+) must be a number of at least 0$/, (m) => ({ kind: "monthWeight", values: { month: m[1] } })],
  [/^must be a month as YYYY-MM$/, () => ({ kind: "monthFormat" })],
  [/^must be (?:a day as YYYY-MM-DD|YYYY-MM-DD|a real calendar day)$/, () => ({ kind: "dayFormat" })],
  [/^must be a month YYYY-MM(?:, a quarter YYYY-Qn or a year YYYY| or a quarter YYYY-Qn)$/, () => ({ kind: "periodFormat" })],
  [/^must sum to exactly 100 \(they sum to (-?[\d.]+)\)$/, (m) => ({ kind: "sumTo100", values: { sum: number(m[1]) } })],
  [/^(?:must not make every weight 0|at least one weight must be above 0)$/, () => ({ kind: "someWeight" })],
  [/^must be in Latin letters$/, () => ({ kind: "latinOnly" })],
  [/^banks take Latin letters, digits and .* only \(write the name as the bank has it\)$/, () => ({ kind: "bankText" })],
  [/^is from (\w+), outside the SEPA area$/, (m) => ({ kind: "outsideSepa", values: { country: country(m[1]) } })],
  [/^is a bank in (\w+), but the IBAN is from (\w+)$/, (m) => ({ kind: "bicCountryMismatch", values: { bank: country(m[1]), iban: country(m[2]) } })],
  [/^a product or category appears twice with the same metric$/, () => ({ kind: "focusTwice" })],
  [/^tier (.+) already has \w+ (.+)$/, (m) => ({ kind: "tierTaken", values: { tier: m[1], value: m[2] } })],
  [/^(\d+) seats are taken; the capacity cannot be less$/, (m) => ({ kind: "seatsTaken", values: { taken: number(m[1]) } })],
  [/^more names than seats$/, () => ({ kind: "moreNames" })],
  [/^send either adjustment or stock$/, () => ({ kind: "adjustmentOrStock" })],
  [/^must match the parent territory's country \((\w+)\)$/, (m) => ({ kind: "parentCountry", values: { country: country(m[1]) } })],
  [/^a territory cannot move to another country \((\w+)\)$/, (m) => ({ kind: "otherCountry", values: { country: country(m[1]) } })],
  [/^a dealer cannot be its own parent$/, () => ({ kind: "ownParent" })],
  [/^a dealer cannot be moved under its own descendant$/, () => ({ kind: "underDescendant" })],
  [/^a split needs the zone owner's share, more than 0 and at most 100$/, () => ({ kind: "splitShare" })],
  [/^only a split takes a share$/, () => ({ kind: "onlySplitShare" })],
  [/^conflict case \S+ \(\w+\) has no zone owner to credit; it can only be kept with the seller$/, () => ({ kind: "noZoneOwner" })],
  [new RegExp(`^agreement (\\S+) ended on ${DAY}$`), (m) => ({ kind: "agreementEnded", values: { number: m[1], date: day(m[2]) } })],
  [
    new RegExp(`^agreement (\\S+) v(\\d+) is in force from ${DAY}; a contract that replaces it must start later \\(or create a version of it\\)$`),
    (m) => ({ kind: "replacesInForce", values: { number: m[1], version: m[2], date: day(m[3]) } }),
  ],
  [
    new RegExp(`^must fall inside the current version's validity \\(${DAY} – (?:open|${DAY})\\)$`),
    (m) => ({ kind: "insideValidity", values: { from: day(m[1]), to: m[2] ? day(m[2]) : adminText("common.openEnded") } }),
  ],
  [
    /^Agreement (\S+) v(\d+) is (\w+); (only [^.]+)/,
    (m) => ({
      kind: `agreementStatus.${AGREEMENT_ACTIONS[m[4]] ?? "change"}`,
      values: { number: m[1], version: m[2], status: adminText(`labels.agreementStatus.${m[3]}`) },
    }),
  ],
  [/^a seasonality profile named (.+) already exists \(\S+\)$/, (m) => ({ kind: "profileExists", values: { name: m[1] } })],
  [/^the dealer already has a plan for (\S+) \(\S+\); update that one$/, (m) => ({ kind: "planExists", values: { period: formatPeriod(m[1]) } })],
  [
    /^a customer belongs to at most one dealer; already a member: (.+)$/,
    (m) => ({ kind: "alreadyMember", values: { dealers: Array.from(m[1].matchAll(/\(member of (\S+)\)/g), (d) => d[1]).join(", ") } }),
  ],
  [
    /^the (money|marketing points|event credit) balance is (-?[\d.]+) (\w+); (-?[\d.]+) cannot be paid out of it$/,
    (m) => {
      const amount = (value: string) => (m[1] === "marketing points" ? number(value) : formatMoney(value, m[3]))
      const kind = adminText(`labels.rewardKind.${BALANCE_KINDS[m[1]]}`)
      return { kind: "balanceTooLow", values: { kind, balance: amount(m[2]), amount: amount(m[4]) } }
    },
  ],
  [/^must be a positive amount with at most 2 decimals$/, () => ({ kind: "positiveCents" })],
  [/^dealer (\S+) has no agreement in force to take the payout form from; name the form$/, (m) => ({ kind: "noPayoutForm", values: { dealer: m[1] } })],
  [/^only a marketing_points payout takes a program$/, () => ({ kind: "programOnlyForPoints" })],
  [/^dealer (\S+) has no unpaid orders in (\w+) to offset$/, (m) => ({ kind: "nothingToOffset", values: { dealer: m[1], currency: m[2] } })],
  [
    /^(-?[\d.]+) (\w+) buys no marketing points at ([\d.]+) points per unit$/,
    (m) => ({ kind: "buysNoPoints", values: { amount: formatMoney(m[1], m[2]), perUnit: number(m[3]) } }),
  ],
  [/^dealer (\S+) has no customer group to restrict a discount to$/, (m) => ({ kind: "noDiscountGroup", values: { dealer: m[1] } })],
  [/^only active \w+ programs can be closed for (\S+)$/, (m) => ({ kind: "onlyActivePrograms", values: { period: formatPeriod(m[1]) } })],
  [/^(\S+) has not started yet$/, (m) => ({ kind: "periodNotStarted", values: { period: formatPeriod(m[1]) } })],
  [/^(\S+) has not ended yet; its dealer is chosen once it has$/, (m) => ({ kind: "periodNotEnded", values: { period: formatPeriod(m[1]) } })],
  [/^no dealer has a score above 0 in (\S+)$/, (m) => ({ kind: "noScore", values: { period: formatPeriod(m[1]) } })],
  [
    /^(a distributor|a dealer|a sub-dealer) cannot sit under (a distributor|a dealer|a sub-dealer) \(a partner below it\)$/,
    (m) => ({ kind: "childRoleUnder", values: { child: text(`child.${ROLES[m[1]]}`), parent: text(`parent.${ROLES[m[2]]}`) } }),
  ],
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
  if (BANK_PROBLEMS[message]) return say(field, { kind: BANK_PROBLEMS[message] })
  for (const [pattern, read] of API_MESSAGES) {
    const match = pattern.exec(message)
    if (match) return say(field, read(match))
  }
  return message
}
