// "The agreement in force at a moment", the TS twin of the SQL fragment in
// src/queries/agreement-in-force.ts (the read-models spec checks they agree).
// A version is in force while it was activated (active, or since expired or
// terminated) and the moment lies in [valid_from, valid_to); of a dealer's
// versions in force, the latest to start wins.

/** Statuses of a version that took effect (a draft never did). */
export const IN_FORCE_STATUSES = ["active", "expired", "terminated"] as const

export type AgreementValidity = {
  status?: string | null
  valid_from?: Date | string | null
  valid_to?: Date | string | null
}

/** Whether the agreement version is in force at the moment. */
export function isAgreementInForce(agreement: AgreementValidity, at: Date = new Date()): boolean {
  if (!(IN_FORCE_STATUSES as readonly string[]).includes(agreement.status ?? "")) return false
  if (!agreement.valid_from || new Date(agreement.valid_from) > at) return false
  return !agreement.valid_to || new Date(agreement.valid_to) > at
}

/** The version in force at the moment among one dealer's versions, or null. */
export function agreementInForce<T extends AgreementValidity>(agreements: T[], at: Date = new Date()): T | null {
  return agreements
    .filter((agreement) => isAgreementInForce(agreement, at))
    .reduce<T | null>(
      (latest, agreement) =>
        !latest || new Date(agreement.valid_from!) > new Date(latest.valid_from!) ? agreement : latest,
      null
    )
}
