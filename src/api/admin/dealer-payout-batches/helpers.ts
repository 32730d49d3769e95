import type { MedusaContainer } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import { moneyString } from "../../../lib/amounts"
import { refetchEntity } from "../../utils/refetch-entity"
import { payoutBatchQueryConfig } from "./query-config"
import type { DealerPayoutBatch } from "../../../types/payout-batches"

/** A batch with its payouts, amounts as decimal strings. */
export async function refetchPayoutBatch(container: MedusaContainer, id: string, fields = payoutBatchQueryConfig.retrieve.defaults) {
  const batch = await refetchEntity(container, { entity: "dealer_payout_batch", label: "Payout batch" }, id, [
    ...fields,
    "raw_total",
    ...(fields.some((field) => field.startsWith("payouts.")) ? ["payouts.raw_amount"] : []),
  ])
  return withExactAmounts(batch)
}

function withExactAmounts(batch: Record<string, any>): DealerPayoutBatch {
  const { raw_total, ...rest } = batch
  return {
    ...(rest as DealerPayoutBatch),
    total: moneyString(new BigNumber(raw_total?.value ?? batch.total), batch.currency_code),
    ...(batch.payouts
      ? {
          // In the file's order: oldest first (ids are time-ordered).
          payouts: [...batch.payouts]
            .sort((a: Record<string, any>, b: Record<string, any>) => a.id.localeCompare(b.id))
            .map(({ raw_amount, ...payout }: Record<string, any>) => ({
              ...payout,
              amount: moneyString(new BigNumber(raw_amount?.value ?? payout.amount), payout.currency_code),
            })) as DealerPayoutBatch["payouts"],
        }
      : {}),
  }
}
