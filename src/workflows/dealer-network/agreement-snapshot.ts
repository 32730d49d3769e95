import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import type { AgreementStatus, DealerStatus } from "../../types/dealer-network"

/** Agreement fields that activation, termination and expiry change. */
const RESTORABLE_FIELDS = [
  "status",
  "valid_to",
  "activated_at",
  "terminated_at",
  "termination_reason",
] as const

export type AgreementState = {
  id: string
  status: AgreementStatus
  valid_to: Date | null
  activated_at: Date | null
  terminated_at: Date | null
  termination_reason: string | null
}

/** What a contract change may alter: the dealer's status and its agreements' states. */
export type DealerAgreementsSnapshot = {
  dealer: { id: string; status: DealerStatus }
  agreements: AgreementState[]
}

export function agreementState(agreement: Record<string, any>): AgreementState {
  return {
    id: agreement.id,
    ...Object.fromEntries(RESTORABLE_FIELDS.map((field) => [field, agreement[field] ?? null])),
  } as AgreementState
}

/**
 * The dealer's status and the state of its active agreements plus the given
 * ones, taken before a step changes them so its compensation can put them back.
 */
export async function snapshotDealerAgreements(
  service: DealerNetworkModuleService,
  dealerId: string,
  alsoAgreementIds: string[] = []
): Promise<DealerAgreementsSnapshot> {
  const dealer = await service.retrieveDealer(dealerId, { select: ["id", "status"] })
  const agreements = await service.listDealerAgreements({
    $or: [{ dealer_id: dealerId, status: "active" }, { id: alsoAgreementIds }],
  })
  return {
    dealer: { id: dealer.id, status: dealer.status },
    agreements: agreements.map(agreementState),
  }
}

export async function restoreDealerAgreements(
  service: DealerNetworkModuleService,
  snapshot: DealerAgreementsSnapshot
) {
  if (snapshot.agreements.length) {
    await service.updateDealerAgreements(snapshot.agreements)
  }
  await service.updateDealers({ id: snapshot.dealer.id, status: snapshot.dealer.status })
}
