import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import BigNumber from "bignumber.js"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { rawAmount } from "../../../lib/amounts"
import { bicProblem, ibanProblem, sepaText } from "../../../lib/bank-account"
import { dayKeyOf, shiftDay } from "../../../lib/periods"
import { payoutExporter, PayoutTransfer, remittanceText } from "../../../lib/payout-exporters"
import type { CreatePayoutBatchBody, PaidToAccount } from "../../../types/payout-batches"

export const preparePayoutBatchStepId = "dealer-network-prepare-payout-batch"

export type PreparedPayoutBatch = {
  batch: {
    id: string
    format: string
    file_name: string
    content_type: string
    content: string
    payout_count: number
    total: string
    currency_code: string
    execution_date: string
    batch_booking: boolean
    exported_at: Date
  }
  payouts: { id: string; bank_account: PaidToAccount }[]
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * The bank file of the chosen approved cash payouts (all approved ones when
 * none are chosen), in the format asked for, paid to each dealer's default
 * account. Refuses, naming them, payouts that are not approved or already in
 * a batch, dealers without a valid account, and currencies the format cannot
 * carry. Reads only: the next step records the batch.
 */
export const preparePayoutBatchStep = createStep(
  preparePayoutBatchStepId,
  async (input: CreatePayoutBatchBody, { container }) => {
    const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const options = network.getOptions()
    const exporter = payoutExporter(input.format)
    if (!exporter) throw refuse(`format: no bank file format '${input.format}'`)

    const payouts = await rewards.listDealerPayouts(
      { form: "cash", status: "approved", batch_id: null, ...(input.payout_ids ? { id: input.payout_ids } : {}) },
      { order: { created_at: "ASC", id: "ASC" } }
    )
    const notReady = (input.payout_ids ?? []).filter((id) => !payouts.some((payout) => payout.id === id))
    if (notReady.length) {
      throw refuse(`payout_ids: ${notReady.join(", ")} not approved cash payouts outside any batch; only those can be exported`)
    }
    if (!payouts.length) throw refuse("There are no approved cash payouts to export")

    const currencies = [...new Set(payouts.map((payout) => payout.currency_code.toUpperCase()))]
    if (currencies.length > 1) throw refuse(`The payouts are in ${currencies.join(" and ")}; export one currency per file`)
    if (exporter.currencies && !exporter.currencies.includes(currencies[0])) {
      throw refuse(`format: ${exporter.label} carries ${exporter.currencies.join(", ")} only, not ${currencies[0]}`)
    }
    if (exporter.needs_debtor && !options.payoutDebtor) {
      throw refuse(`${exporter.label} needs the account to pay from: set the plugin option payoutDebtor (name, iban, bic)`)
    }

    const dealerIds = [...new Set(payouts.map((payout) => payout.dealer_id))]
    const [dealers, accounts] = await Promise.all([
      network.listDealers({ id: dealerIds }, { select: ["id", "code", "name"] }),
      network.listDealerBankAccounts({ dealer_id: dealerIds, is_default: true }),
    ])
    const accountOf = new Map(
      accounts
        .filter((account) => !ibanProblem(account.iban) && !bicProblem(account.bic, account.iban) && sepaText(account.holder))
        .map((account) => [account.dealer_id as string, account])
    )
    const without = dealers.filter((dealer) => !accountOf.has(dealer.id))
    if (without.length) {
      const names = without.map((dealer) => `${dealer.name} (${dealer.code})`).join(", ")
      throw refuse(`No valid default bank account for ${names}: add one on the dealer's page, then export again`)
    }

    const id = generateEntityId(undefined, "dpbat")
    const exportedAt = new Date()
    const executionDate = input.execution_date ?? shiftDay(dayKeyOf(exportedAt, options.timeZone), options.payoutExecutionDays)
    const dealerOf = new Map(dealers.map((dealer) => [dealer.id, dealer]))
    const paidTo = (dealerId: string): PaidToAccount => {
      const account = accountOf.get(dealerId)!
      return { id: account.id, holder: sepaText(account.holder)!, iban: account.iban, bic: account.bic, bank_name: account.bank_name }
    }
    const transfers: PayoutTransfer[] = payouts.map((payout) => ({
      payout_id: payout.id,
      dealer_code: dealerOf.get(payout.dealer_id)!.code,
      dealer_name: dealerOf.get(payout.dealer_id)!.name,
      amount: new BigNumber(rawAmount(payout, "amount")).toFixed(2),
      currency_code: currencies[0],
      account: paidTo(payout.dealer_id),
      remittance: remittanceText(dealerOf.get(payout.dealer_id)!.code, payout.id),
    }))
    const content = exporter.build({
      batch_id: id,
      created_at: exportedAt,
      execution_date: executionDate,
      batch_booking: input.batch_booking ?? options.payoutBatchBooking,
      debtor: options.payoutDebtor ?? null,
      transfers,
    })
    const prepared: PreparedPayoutBatch = {
      batch: {
        id,
        format: exporter.format,
        file_name: `dealer-payouts-${executionDate}-${id}.${exporter.file_extension}`,
        content_type: exporter.content_type,
        content,
        payout_count: transfers.length,
        total: transfers.reduce((sum, transfer) => sum.plus(transfer.amount), new BigNumber(0)).toFixed(2),
        currency_code: currencies[0].toLowerCase(),
        execution_date: executionDate,
        batch_booking: input.batch_booking ?? options.payoutBatchBooking,
        exported_at: exportedAt,
      },
      payouts: transfers.map((transfer) => ({ id: transfer.payout_id, bank_account: transfer.account as PaidToAccount })),
    }
    return new StepResponse(prepared)
  }
)
