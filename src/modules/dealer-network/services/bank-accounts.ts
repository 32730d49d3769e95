import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { bicProblem, normalizeBic, normalizeIban } from "../../../lib/bank-account"
import type { BankAccountInput, DealerBankAccount } from "../../../types/bank-accounts"
import type DealerNetworkModuleService from "../service"

export type BankAccountRow = Omit<DealerBankAccount, "created_at" | "updated_at">

const FIELDS = ["id", "dealer_id", "holder", "iban", "bic", "bank_name", "is_default"]

export async function listDealerAccounts(service: DealerNetworkModuleService, dealerId: string, ctx: Context) {
  return (await service.listDealerBankAccounts(
    { dealer_id: dealerId },
    { select: FIELDS, order: { created_at: "ASC" } },
    ctx
  )) as BankAccountRow[]
}

/**
 * Adds or changes a dealer's account. The dealer's first account is its
 * default; making another the default takes the mark from the old one.
 */
export async function saveBankAccount(
  service: DealerNetworkModuleService,
  input: BankAccountInput & { dealer_id: string; id?: string },
  ctx: Context
): Promise<BankAccountRow> {
  const accounts = await listDealerAccounts(service, input.dealer_id, ctx)
  const current = input.id ? accounts.find((account) => account.id === input.id) : undefined
  if (input.id && !current) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bank account with id: ${input.id} was not found`)
  }
  const iban = input.iban !== undefined ? normalizeIban(input.iban) : current!.iban
  const bic = input.bic !== undefined ? normalizeBic(input.bic) : current!.bic
  const problem = bicProblem(bic, iban)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `bic: ${problem}`)
  const makeDefault = input.is_default === true || !accounts.some((account) => account.is_default && account.id !== input.id)
  if (makeDefault) {
    const others = accounts.filter((account) => account.is_default && account.id !== input.id)
    if (others.length) await service.updateDealerBankAccounts(others.map(({ id }) => ({ id, is_default: false })), ctx)
  }
  const fields = {
    ...(input.holder !== undefined ? { holder: input.holder } : {}),
    ...(input.bank_name !== undefined ? { bank_name: input.bank_name } : {}),
    iban,
    bic,
    is_default: makeDefault || (input.is_default ?? current?.is_default ?? false),
  }
  const saved = current
    ? await service.updateDealerBankAccounts({ id: current.id, ...fields }, ctx)
    : await service.createDealerBankAccounts({ dealer_id: input.dealer_id, holder: input.holder!, ...fields }, ctx)
  return saved as unknown as BankAccountRow
}

/** Removes an account; when it was the default, the dealer's oldest other account becomes the default. */
export async function removeBankAccount(
  service: DealerNetworkModuleService,
  dealerId: string,
  id: string,
  ctx: Context
): Promise<void> {
  const accounts = await listDealerAccounts(service, dealerId, ctx)
  const removed = accounts.find((account) => account.id === id)
  if (!removed) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bank account with id: ${id} was not found`)
  await service.softDeleteDealerBankAccounts([id], {}, ctx)
  const next = accounts.find((account) => account.id !== id)
  if (removed.is_default && next) await service.updateDealerBankAccounts({ id: next.id, is_default: true }, ctx)
}

/** Puts a dealer's accounts back as they were (the undo of a save or a removal). */
export async function restoreBankAccounts(
  service: DealerNetworkModuleService,
  dealerId: string,
  before: BankAccountRow[],
  ctx: Context
): Promise<void> {
  const now = await listDealerAccounts(service, dealerId, ctx)
  const added = now.filter((account) => !before.some((old) => old.id === account.id)).map(({ id }) => id)
  if (added.length) await service.deleteDealerBankAccounts(added, ctx)
  const removed = before.filter((old) => !now.some((account) => account.id === old.id)).map(({ id }) => id)
  if (removed.length) await service.restoreDealerBankAccounts(removed, {}, ctx)
  // Defaults first cleared, then set: the one-default index holds at every step.
  await service.updateDealerBankAccounts(before.map(({ id }) => ({ id, is_default: false })), ctx)
  await service.updateDealerBankAccounts(before.map(({ dealer_id: _dealer, ...account }) => account), ctx)
}
