// The API's refusals that the services and workflows build from their figures,
// "field: why" in English. The admin reads them back in its user's language
// (src/admin/lib/validation-text.ts), so each is written in one place only.

const iso = (moment: Date | string) => new Date(moment).toISOString()

/** A code, tax ID, rank or name another row holds already. */
export const dealerFieldTaken = (field: string, dealerCode: string, value: string) =>
  `${field}: dealer ${dealerCode} already has ${field} ${value}`

export const tierFieldTaken = (field: string, tierName: string, value: string | number) =>
  `${field}: tier ${tierName} already has ${field} ${value}`

/** "number: agreement KIEL-2026 already exists", "code: territory DE already exists". */
export const alreadyExists = (field: string, thing: "agreement" | "territory" | "reward program" | "material", value: string) =>
  `${field}: ${thing} ${value} already exists`

export const seasonalityProfileExists = (name: string, profileId: string) =>
  `name: a seasonality profile named ${name} already exists (${profileId})`

export const planExists = (period: string, planId: string) =>
  `period: the dealer already has a plan for ${period} (${planId}); update that one`

/** `members` as "cus_1 (member of DLR-KIEL)", one per customer. */
export const alreadyMembers = (members: { customer_id: string; dealer_code: string }[]) =>
  `customer_id: a customer belongs to at most one dealer; already a member: ${members
    .map((m) => `${m.customer_id} (member of ${m.dealer_code})`)
    .join(", ")}`

export const OWN_PARENT = "parent_id: a dealer cannot be its own parent"
export const UNDER_OWN_DESCENDANT = "parent_id: a dealer cannot be moved under its own descendant"

/** A role change its partners below cannot sit under (`problem` from placementProblem). */
export const childPlacementRefused = (problem: string) => `role: ${problem} (a partner below it)`

export const parentCountryMismatch = (parentCountry: string) =>
  `country_code: must match the parent territory's country (${parentCountry})`

export const territoryCountryMove = (parentCountry: string) =>
  `parent_id: a territory cannot move to another country (${parentCountry})`

export const validToAfterFrom = (validFrom: Date | string) => `valid_to: must be after valid_from (${iso(validFrom)})`

export const terminatedBeforeStart = (validFrom: Date | string) =>
  `terminated_at: must not be before the agreement starts (${iso(validFrom)})`

export type OverlappingZone = {
  is_exclusive: boolean
  starts_at: string | Date
  ends_at: string | Date | null
  dealer: { code: string; name: string }
  territory: { name: string }
  categories: { product_category: { name: string } | null }[]
}

const day = (value: string | Date) => iso(value).slice(0, 10)

/** "the exclusive zone of ALPHA · Alpha Tools in Lombardy for Drills, Saws from 2026-01-01 with no end". */
function describeZone(zone: OverlappingZone): string {
  const names = zone.categories.map((category) => category.product_category?.name).filter(Boolean).sort()
  const assortment = names.length ? names.join(", ") : "the whole assortment"
  const dates = `from ${day(zone.starts_at)} ${zone.ends_at ? `to ${day(zone.ends_at)}` : "with no end"}`
  return `the ${zone.is_exclusive ? "exclusive " : ""}zone of ${zone.dealer.code} · ${zone.dealer.name} in ${zone.territory.name} for ${assortment} ${dates}`
}

/** A zone refused for overlapping another dealer's, that zone described. */
export const zoneOverlap = (zone: OverlappingZone) =>
  `territory_id: overlaps ${describeZone(zone)}: zones of different dealers may not share a place, products and dates when either is exclusive`

export const agreementEnded = (number: string, validTo: Date | string) => `valid_to: agreement ${number} ended on ${iso(validTo)}`

export const agreementInForceLater = (other: { number: string; version: number; valid_from: Date | string }) =>
  `valid_from: agreement ${other.number} v${other.version} is in force from ${iso(other.valid_from)}; a contract that replaces it must start later (or create a version of it)`

export const outsideVersionValidity = (validFrom: Date | string, validTo: Date | string | null) =>
  `effective_from: must fall inside the current version's validity (${iso(validFrom)} – ${validTo ? iso(validTo) : "open"})`

export const SPLIT_SHARE_NEEDED = "split_share_percent: a split needs the zone owner's share, more than 0 and at most 100"

export const noZoneOwner = (caseId: string, kind: string) =>
  `resolution: conflict case ${caseId} (${kind}) has no zone owner to credit; it can only be kept with the seller`

export const seatsTaken = (taken: number) => `capacity: ${taken} seats are taken; the capacity cannot be less`

export const RATING_WEIGHTS_ALL_ZERO = "weights: at least one weight must be above 0"

/** A debit larger than a wallet balance; `kind` is the balance's kind ("money", "marketing_points", "event_credit"). */
export const balanceTooLow = (kind: string, balance: string, currency: string, amount: string) =>
  `amount: the ${kind.replace("_", " ")} balance is ${balance} ${currency.toUpperCase()}; ${amount} cannot be paid out of it`

export const PAYOUT_AMOUNT_CENTS = "amount: must be a positive amount with at most 2 decimals"

export const noPayoutFormAgreement = (dealerCode: string) =>
  `form: dealer ${dealerCode} has no agreement in force to take the payout form from; name the form`

export const PROGRAM_ONLY_FOR_POINTS = "program_id: only a marketing_points payout takes a program"

export const nothingToOffset = (dealerCode: string, currency: string) =>
  `amount: dealer ${dealerCode} has no unpaid orders in ${currency.toUpperCase()} to offset`

export const buysNoPoints = (amount: string, currency: string, pointsPerUnit: string) =>
  `amount: ${amount} ${currency.toUpperCase()} buys no marketing points at ${pointsPerUnit} points per unit`

export const noDiscountGroup = (dealerCode: string) => `form: dealer ${dealerCode} has no customer group to restrict a discount to`

export const onlyActiveProgramsClose = (periodType: string, period: string) =>
  `program_ids: only active ${periodType} programs can be closed for ${period}`

export const periodNotStarted = (period: string) => `period: ${period} has not started yet`

export const periodNotEnded = (period: string) => `period: ${period} has not ended yet; its dealer is chosen once it has`

export const noScoreInPeriod = (period: string) => `period: no dealer has a score above 0 in ${period}`

/** An agreement in a status the action does not take ("only a draft can be activated"). */
export const agreementStatusRefused = (agreement: { number: string; version: number; status: string }, allowed: string) =>
  `Agreement ${agreement.number} v${agreement.version} is ${agreement.status}; ${allowed}`
