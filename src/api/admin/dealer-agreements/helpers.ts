import type { MedusaContainer } from "@medusajs/framework/types"
import { isAgreementInForce } from "../../../lib/agreement-in-force"
import { refetchEntity } from "../../utils/refetch-entity"

/** The fields `is_in_force` is computed from. */
const IN_FORCE_FIELDS = ["status", "valid_from", "valid_to"]

/** Adds `is_in_force` to agreements that carry the fields it needs. */
export function withInForce<T extends Record<string, any>>(agreements: T[], at: Date = new Date()) {
  return agreements.map((agreement) =>
    IN_FORCE_FIELDS.every((field) => field in agreement)
      ? { ...agreement, is_in_force: isAgreementInForce(agreement, at) }
      : agreement
  )
}

/** One agreement through Query with the requested fields and `is_in_force`, or a 404 naming it. */
export async function refetchAgreement(container: MedusaContainer, id: string, fields: string[]) {
  const agreement = await refetchEntity(
    container,
    { entity: "dealer_agreement", label: "Dealer agreement" },
    id,
    [...new Set([...fields, ...IN_FORCE_FIELDS])]
  )
  return { ...agreement, is_in_force: isAgreementInForce(agreement) }
}
