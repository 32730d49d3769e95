// What changed between two versions of an agreement, term by term, for the
// version history. The admin puts the changes into words in the user's
// language; this file only decides what changed.

import { AGREEMENT_TERMS } from "../types/dealer-network"

/** Terms that are lists or objects, compared entry by entry (metadata is not a term a person reads). */
const ENTRY_TERMS = ["price_terms", "support_commitments", "reward_program_ids", "metadata"] as const

export type ComparedTerm = "valid_to" | Exclude<(typeof AGREEMENT_TERMS)[number], (typeof ENTRY_TERMS)[number]>

/** The terms compared one to one (a value before, a value after), in the contract's order. */
export const COMPARED_TERMS: ComparedTerm[] = [
  "valid_to",
  ...AGREEMENT_TERMS.filter((term): term is Exclude<typeof term, (typeof ENTRY_TERMS)[number]> =>
    !(ENTRY_TERMS as readonly string[]).includes(term)
  ),
]

type Scalar = string | number | boolean | null

export type ComparableAgreement = { [K in ComparedTerm]?: unknown } & {
  valid_from?: unknown
  price_terms?: PriceTermLike[] | null
  support_commitments?: Record<string, unknown> | null
  reward_program_ids?: string[] | null
}

export type PriceTermLike = {
  variant_id: string
  amount: number | string
  min_quantity?: number | null
  max_quantity?: number | null
}

export type AgreementChange =
  | { kind: "term"; term: ComparedTerm; before: Scalar; after: Scalar }
  | { kind: "support"; key: string; before: Scalar; after: Scalar }
  | { kind: "price_added"; variant_id: string; min_quantity: number; amount: string }
  | { kind: "price_removed"; variant_id: string; min_quantity: number; amount: string }
  | { kind: "price_changed"; variant_id: string; min_quantity: number; before: string; after: string }
  | { kind: "program_added"; program_id: string }
  | { kind: "program_removed"; program_id: string }

/**
 * A term's value made comparable: numbers as decimal text without trailing
 * zeros ("10.50" and 10.5 are the same discount), dates as ISO text, blanks
 * as null.
 */
export function comparable(value: unknown): Scalar {
  if (value === undefined || value === null || value === "") return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === "boolean") return value
  if (typeof value === "number") return decimalText(String(value))
  if (typeof value === "string") {
    if (/^-?\d+(\.\d+)?$/.test(value)) return decimalText(value)
    const asDate = /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null
    return asDate && !Number.isNaN(asDate.getTime()) ? asDate.toISOString() : value
  }
  if (typeof value === "object" && value && "value" in value) return comparable((value as { value: unknown }).value)
  return JSON.stringify(value)
}

function decimalText(text: string): string {
  if (!text.includes(".")) return text
  const trimmed = text.replace(/0+$/, "").replace(/\.$/, "")
  return trimmed === "-0" ? "0" : trimmed
}

const priceKey = (term: PriceTermLike) => `${term.variant_id}@${term.min_quantity ?? 1}`

function priceChanges(before: PriceTermLike[], after: PriceTermLike[]): AgreementChange[] {
  const old = new Map(before.map((term) => [priceKey(term), term]))
  const changes: AgreementChange[] = []
  for (const term of after) {
    const min_quantity = term.min_quantity ?? 1
    const amount = String(comparable(term.amount))
    const previous = old.get(priceKey(term))
    old.delete(priceKey(term))
    if (!previous) changes.push({ kind: "price_added", variant_id: term.variant_id, min_quantity, amount })
    else if (String(comparable(previous.amount)) !== amount) {
      changes.push({
        kind: "price_changed",
        variant_id: term.variant_id,
        min_quantity,
        before: String(comparable(previous.amount)),
        after: amount,
      })
    }
  }
  for (const term of old.values()) {
    changes.push({
      kind: "price_removed",
      variant_id: term.variant_id,
      min_quantity: term.min_quantity ?? 1,
      amount: String(comparable(term.amount)),
    })
  }
  return changes
}

function supportChanges(before: Record<string, unknown>, after: Record<string, unknown>): AgreementChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return keys.flatMap((key) => {
    const [was, is] = [comparable(before[key]), comparable(after[key])]
    return was === is ? [] : [{ kind: "support" as const, key, before: was, after: is }]
  })
}

/** Everything that differs from `before` to `after`, in the order of the contract's sections. */
export function agreementChanges(before: ComparableAgreement, after: ComparableAgreement): AgreementChange[] {
  // A superseded version ends where the next one starts: that end is the handover, not a changed term.
  const handedOver = comparable(before.valid_to) !== null && comparable(before.valid_to) === comparable(after.valid_from)
  const compared = handedOver ? COMPARED_TERMS.filter((term) => term !== "valid_to") : COMPARED_TERMS
  const terms = compared.flatMap((term) => {
    const [was, is] = [comparable(before[term]), comparable(after[term])]
    return was === is ? [] : [{ kind: "term" as const, term, before: was, after: is }]
  })
  const programsBefore = before.reward_program_ids ?? []
  const programsAfter = after.reward_program_ids ?? []
  return [
    ...terms,
    ...priceChanges(before.price_terms ?? [], after.price_terms ?? []),
    ...supportChanges(before.support_commitments ?? {}, after.support_commitments ?? {}),
    ...programsAfter
      .filter((id) => !programsBefore.includes(id))
      .map((program_id) => ({ kind: "program_added" as const, program_id })),
    ...programsBefore
      .filter((id) => !programsAfter.includes(id))
      .map((program_id) => ({ kind: "program_removed" as const, program_id })),
  ]
}
