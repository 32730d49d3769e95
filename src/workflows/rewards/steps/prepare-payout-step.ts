import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import BigNumber from "bignumber.js"
import { dayKeyOf, monthKeyOf, shiftMonth } from "../../../lib/periods"
import { allocateReceivableOffset } from "../../../lib/receivable-offset"
import { periodInstants } from "../../../lib/zoned-time"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { REWARDS_MODULE } from "../../../modules/rewards"
import type RewardsModuleService from "../../../modules/rewards/service"
import { rawAmount } from "../../../lib/amounts"
import { listUnpaidOrders } from "../../../queries/receivables"
import type { PayoutForm } from "../../../types/rewards"
import type { PayoutPlan } from "./payout-common"
import { PAYOUT_AMOUNT_CENTS, PROGRAM_ONLY_FOR_POINTS, balanceTooLow, buysNoPoints, noDiscountGroup, noPayoutFormAgreement, nothingToOffset } from "../../../lib/refusals"

export type CreatePayoutInput = {
  dealer_id: string
  /** Decimal string, positive, in the dealer's currency. */
  amount: string
  /** Defaults to the payout form of the agreement in force. */
  form?: PayoutForm
  /** marketing_points: the program whose points_per_unit converts the money (else 1 point per unit). */
  program_id?: string | null
  note?: string | null
}

export const preparePayoutStepId = "dealer-network-prepare-payout"

const fmt = (amount: BigNumber.Value) => new BigNumber(amount).toFixed(2)

/**
 * Decides what a payout will do before anything is written, under the
 * dealer's payout lock: the form (the agreement's by default), that the money
 * balance covers the amount, and per form the unpaid orders it offsets
 * (oldest due first), the points it buys or the month the discount is for.
 * Refusals are 400s naming the field.
 */
export const preparePayoutStep = createStep(preparePayoutStepId, async (input: CreatePayoutInput, { container }) => {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const rewards: RewardsModuleService = container.resolve(REWARDS_MODULE)
  const [dealer] = await network.listDealers({ id: input.dealer_id }, { take: 1 })
  if (!dealer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${input.dealer_id} was not found`)

  const amount = new BigNumber(input.amount)
  if (!amount.isFinite() || amount.lte(0) || (amount.decimalPlaces() ?? 0) > 2) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, PAYOUT_AMOUNT_CENTS)
  }
  let form = input.form
  if (!form) {
    const agreement = await network.retrieveEffectiveAgreement(dealer.id)
    if (!agreement) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        noPayoutFormAgreement(dealer.code)
      )
    }
    form = agreement.payout_form as PayoutForm
  }
  if (input.program_id && form !== "marketing_points") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, PROGRAM_ONLY_FOR_POINTS)
  }

  const currency = dealer.currency_code.toLowerCase()
  const balance =
    (await rewards.walletBalances(dealer.id)).find((b) => b.kind === "money" && b.currency_code.toLowerCase() === currency)
      ?.balance ?? "0"
  if (amount.gt(balance)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      balanceTooLow("money", fmt(balance), currency, fmt(amount))
    )
  }

  const plan: PayoutPlan = {
    dealer_id: dealer.id,
    dealer_code: dealer.code,
    form,
    currency_code: currency,
    requested_amount: amount.toFixed(),
    amount: amount.toFixed(),
    note: input.note ?? null,
    program_id: null,
    points_per_unit: null,
    points: null,
    allocations: [],
    remainder: "0",
    customer_group_id: null,
    discount_month: null,
    starts_at: null,
    ends_at: null,
  }
  const { timeZone } = network.getOptions()

  if (form === "receivable_offset") {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const unpaid = await listUnpaidOrders(knex, {
      dealerIds: [dealer.id],
      asOfDay: dayKeyOf(new Date(), timeZone),
      timeZone,
    })
    const offset = allocateReceivableOffset(plan.amount, unpaid, { currencyCode: currency })
    if (!offset.allocations.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        nothingToOffset(dealer.code, currency)
      )
    }
    Object.assign(plan, { amount: offset.applied, allocations: offset.allocations, remainder: offset.remainder })
  }

  if (form === "marketing_points") {
    let perUnit = new BigNumber(1)
    if (input.program_id) {
      const [program] = await rewards.listDealerRewardPrograms({ id: input.program_id }, { take: 1 })
      if (!program) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `program_id: reward program ${input.program_id} was not found`)
      }
      if (program.currency_code.toLowerCase() !== currency) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `program_id: program ${program.code} counts points per ${program.currency_code.toUpperCase()}; the dealer's wallet is in ${currency.toUpperCase()}`
        )
      }
      perUnit = new BigNumber(rawAmount(program, "points_per_unit"))
      plan.program_id = program.id
    }
    const points = amount.times(perUnit).integerValue(BigNumber.ROUND_DOWN)
    if (points.lte(0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        buysNoPoints(fmt(amount), currency, perUnit.toFixed())
      )
    }
    Object.assign(plan, { points_per_unit: perUnit.toFixed(), points: points.toFixed() })
  }

  if (form === "next_period_discount") {
    if (!dealer.customer_group_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        noDiscountGroup(dealer.code)
      )
    }
    const month = shiftMonth(monthKeyOf(new Date(), timeZone), 1)
    const { starts, ends } = periodInstants(month, timeZone)
    Object.assign(plan, {
      customer_group_id: dealer.customer_group_id,
      discount_month: month,
      starts_at: starts.toISOString(),
      ends_at: ends.toISOString(),
    })
  }

  return new StepResponse(plan)
})
