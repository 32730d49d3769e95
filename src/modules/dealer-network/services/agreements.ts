import type { Context } from "@medusajs/framework/types"
import { agreementInForce, IN_FORCE_STATUSES } from "../../../lib/agreement-in-force"
import { MedusaError } from "@medusajs/framework/utils"
import type DealerNetworkModuleService from "../service"
import { AGREEMENT_TERMS, type AgreementVersionInput, type CreateAgreementInput, type PriceTerm } from "../../../types/dealer-network"
import { assertDealerExists } from "./dealers"
import { execute, lock, type Row } from "./sql"
import { agreementEnded, agreementInForceLater, agreementStatusRefused, alreadyExists, outsideVersionValidity } from "../../../lib/refusals"

// Partnership agreements: drafts, activation, versions, termination and expiry.

// Serialises writes that must check a dealer's or a number's agreements before writing.
const AGREEMENT_LOCK = "dealer_network_agreements"

export type TerminationInput = { reason: string; terminated_at?: Date | string }

export async function createDraftAgreement(
  service: DealerNetworkModuleService,
  data: CreateAgreementInput,
  sharedContext: Context
) {
  await lock(sharedContext, AGREEMENT_LOCK)
  const dealer = await assertDealerExists(service, data.dealer_id, sharedContext)
  const number = data.number ?? (await nextAgreementNumber(service, dealer.code, sharedContext))
  const [existing] = await service.listDealerAgreements({ number }, { take: 1 }, sharedContext)
  if (existing) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, alreadyExists("number", "agreement", number))
  }
  return await service.createDealerAgreements(
    agreementRow({ ...data, number, version: 1, status: "draft" as const }),
    sharedContext
  )
}

/** Puts a draft agreement in force and makes its dealer active. */
export async function activateAgreement(
  service: DealerNetworkModuleService,
  id: string,
  sharedContext: Context
) {
  await lock(sharedContext, AGREEMENT_LOCK)
  const agreement = await service.retrieveDealerAgreement(id, {}, sharedContext)
  if (agreement.status !== "draft") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      agreementStatusRefused(agreement, "only a draft can be activated")
    )
  }
  const now = new Date()
  if (agreement.valid_to && new Date(agreement.valid_to) <= now) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      agreementEnded(agreement.number, agreement.valid_to)
    )
  }
  // A dealer has one contract in force: an earlier one ends where this one starts.
  const others = await service.listDealerAgreements(
    { dealer_id: agreement.dealer_id, status: "active", id: { $ne: id } },
    {},
    sharedContext
  )
  const startsAt = new Date(agreement.valid_from)
  for (const other of others) {
    if (other.valid_to && new Date(other.valid_to) <= startsAt) continue
    if (new Date(other.valid_from) >= startsAt) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        agreementInForceLater(other)
      )
    }
    const ended = startsAt <= now
    await service.updateDealerAgreements(
      { id: other.id, valid_to: startsAt, ...(ended && { status: "expired" }) },
      sharedContext
    )
  }
  const activated = await service.updateDealerAgreements(
    { id, status: "active", activated_at: now },
    sharedContext
  )
  await service.updateDealers({ id: agreement.dealer_id, status: "active" }, sharedContext)
  return activated
}

/**
 * A new version of an active agreement, in force from `effective_from`;
 * the old version stays in the history and ends that day.
 */
export async function createAgreementVersion(
  service: DealerNetworkModuleService,
  id: string,
  data: AgreementVersionInput,
  sharedContext: Context
) {
  await lock(sharedContext, AGREEMENT_LOCK)
  const source = await service.retrieveDealerAgreement(id, {}, sharedContext)
  if (source.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      agreementStatusRefused(source, "only the active version can be superseded")
    )
  }
  const effectiveFrom = new Date(data.effective_from)
  const sourceEnd = source.valid_to ? new Date(source.valid_to) : null
  if (effectiveFrom <= new Date(source.valid_from) || (sourceEnd && effectiveFrom >= sourceEnd)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      outsideVersionValidity(source.valid_from, sourceEnd)
    )
  }
  const [{ max_version }] = await execute(
    sharedContext,
    "select max(version) as max_version from dealer_agreement where number = ? and deleted_at is null",
    [source.number]
  )
  const { effective_from: _ignored, ...changes } = data
  const copied = pickAgreementTerms(source)
  const version = await service.createDealerAgreements(
    agreementRow({
      ...copied,
      ...changes,
      dealer_id: source.dealer_id,
      number: source.number,
      version: Number(max_version) + 1,
      status: "active" as const,
      valid_from: effectiveFrom,
      valid_to: changes.valid_to === undefined ? sourceEnd : changes.valid_to,
      supersedes_id: source.id,
      activated_at: new Date(),
    }),
    sharedContext
  )
  await service.updateDealerAgreements(
    {
      id: source.id,
      valid_to: effectiveFrom,
      ...(effectiveFrom <= new Date() && { status: "expired" }),
    },
    sharedContext
  )
  return version
}

export async function terminateAgreement(
  service: DealerNetworkModuleService,
  id: string,
  data: TerminationInput,
  sharedContext: Context
) {
  await lock(sharedContext, AGREEMENT_LOCK)
  const agreement = await service.retrieveDealerAgreement(id, {}, sharedContext)
  if (agreement.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      agreementStatusRefused(agreement, "only an active agreement can be terminated")
    )
  }
  const terminatedAt = data.terminated_at ? new Date(data.terminated_at) : new Date()
  // The contract ends as a whole: this version, and any active version of the
  // same number still in force after that moment (e.g. one scheduled to start
  // later), which would otherwise take effect after the termination.
  const versions = await service.listDealerAgreements(
    { number: agreement.number, status: "active" },
    {},
    sharedContext
  )
  const ending = versions.filter(
    (version) => version.id === id || !version.valid_to || new Date(version.valid_to) > terminatedAt
  )
  const updated = await service.updateDealerAgreements(
    ending.map((version) => {
      const startsAt = new Date(version.valid_from)
      const validTo =
        version.valid_to && new Date(version.valid_to) < terminatedAt
          ? version.valid_to
          : terminatedAt < startsAt
            ? startsAt
            : terminatedAt
      return {
        id: version.id,
        status: "terminated" as const,
        terminated_at: terminatedAt,
        termination_reason: data.reason,
        valid_to: validTo,
      }
    }),
    sharedContext
  )
  const terminated = updated.find((version) => version.id === id)!
  const stillActive = await service.listDealerAgreements(
    { dealer_id: agreement.dealer_id, status: "active" },
    { take: 1 },
    sharedContext
  )
  if (!stillActive.length) {
    await service.updateDealers({ id: agreement.dealer_id, status: "terminated" }, sharedContext)
  }
  return terminated
}

/** Marks active agreements whose validity has ended as expired; returns their ids. */
export async function expireEndedAgreements(
  service: DealerNetworkModuleService,
  now: Date,
  sharedContext: Context
): Promise<string[]> {
  const rows = await execute(
    sharedContext,
    `update dealer_agreement set status = 'expired', updated_at = now()
      where status = 'active' and valid_to is not null and valid_to <= ? and deleted_at is null
      returning id`,
    [now]
  )
  return rows.map((row) => row.id)
}

/** The agreement version in force for the dealer at a moment. */
export async function retrieveEffectiveAgreement(
  service: DealerNetworkModuleService,
  dealerId: string,
  at: Date,
  sharedContext: Context
) {
  const versions = await service.listDealerAgreements(
    { dealer_id: dealerId, status: [...IN_FORCE_STATUSES], valid_from: { $lte: at } },
    {},
    sharedContext
  )
  return agreementInForce(versions, at)
}

async function nextAgreementNumber(
  service: DealerNetworkModuleService,
  dealerCode: string,
  sharedContext: Context
) {
  const prefix = `${service.getOptions().agreementNumberPrefix}-${dealerCode}-`
  // The highest numeric suffix after the exact prefix (deleted drafts included, so
  // numbers are not reused). Not LIKE: "_" in a dealer code is a wildcard there, and
  // dealer "A"'s prefix would also match "AGR-A-B-001" of dealer "A-B".
  const [{ last }] = await execute(
    sharedContext,
    `select coalesce(max(substring(number from ?)::numeric), 0) as last
       from dealer_agreement
      where left(number, ?) = ? and substring(number from ?) ~ '^[0-9]+$'`,
    [prefix.length + 1, prefix.length, prefix, prefix.length + 1]
  )
  return `${prefix}${String(Number(last) + 1).padStart(3, "0")}`
}

/**
 * DML types a json column as an object; price_terms holds a JSON array, which
 * the column stores as it is.
 */
export function agreementRow<T extends { price_terms?: PriceTerm[] | null }>(
  data: T
): Omit<T, "price_terms"> & { price_terms?: Record<string, unknown> | null } {
  return data as Omit<T, "price_terms"> & { price_terms?: Record<string, unknown> | null }
}

/** The terms a new version copies from the version it supersedes. */
function pickAgreementTerms(agreement: Row): Row {
  return Object.fromEntries(AGREEMENT_TERMS.map((key) => [key, agreement[key]]))
}
