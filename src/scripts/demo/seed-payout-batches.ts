// Bank payouts in the demo: a bank account for every dealer, one bank file the
// bank has paid (last month's cash payout) and one exported file waiting for the bank.
import type { MedusaContainer } from "@medusajs/framework/types"
import type * as IbanTools from "ibantools" with { "resolution-mode": "import" }
import { sepaText } from "../../lib/bank-account"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"
import { changeDealerBankAccountsWorkflow } from "../../workflows/dealer-network/workflows/change-dealer-bank-accounts"
import { approvePayoutWorkflow } from "../../workflows/rewards/workflows/approve-payout"
import { createPayoutWorkflow } from "../../workflows/rewards/workflows/create-payout"
import { createPayoutBatchWorkflow } from "../../workflows/rewards/workflows/create-payout-batch"
import { markPayoutBatchPaidWorkflow } from "../../workflows/rewards/workflows/mark-payout-batch-paid"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { composeIBAN }: typeof IbanTools = require("ibantools")

/** A German test account per dealer: one bank code, the account number from the dealer's place in the list. */
const demoIban = (index: number) => composeIBAN({ countryCode: "DE", bban: `37040044${String(532013000 + index).padStart(10, "0")}` })!

export async function seedPayoutBatches(container: MedusaContainer, dealerIds: Record<string, string>) {
  const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
  const [anyBatch] = await rewards.listDealerPayoutBatches({}, { take: 1 })
  if (anyBatch) return
  await seedBankAccounts(container, dealerIds)

  // The cash payout the reward seed approved goes out first, and the bank has paid it.
  const approved = await rewards.listDealerPayouts({ form: "cash", status: "approved" }, { select: ["id"] })
  if (approved.length) {
    const { result: paid } = await createPayoutBatchWorkflow(container).run({
      input: { format: "sepa_pain_001", payout_ids: approved.map((payout) => payout.id) },
    })
    await markPayoutBatchPaidWorkflow(container).run({ input: { id: paid.id, reference: "DEMO-BANK-2026-0001" } })
  }

  // Two more dealers with money left ask for part of it in cash; that file waits for the bank.
  const waiting: string[] = []
  for (const dealerId of Object.values(dealerIds)) {
    // A SEPA file carries euros only.
    const money = (await rewards.walletBalances(dealerId)).find((balance) => balance.kind === "money" && balance.currency_code === "eur")
    if (!money || Number(money.balance) < 10 || waiting.length === 2) continue
    const { result } = await createPayoutWorkflow(container).run({
      input: { dealer_id: dealerId, amount: "10", form: "cash", note: "Demo: cash for the trade fair stand" },
    })
    await approvePayoutWorkflow(container).run({ input: { id: result.id } })
    waiting.push(result.id)
  }
  if (waiting.length) {
    await createPayoutBatchWorkflow(container).run({ input: { format: "sepa_pain_001", payout_ids: waiting } })
  }
}

async function seedBankAccounts(container: MedusaContainer, dealerIds: Record<string, string>) {
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const dealers = await network.listDealers({ id: Object.values(dealerIds) }, { select: ["id", "code", "name", "legal_name"] })
  for (const [index, dealer] of dealers.entries()) {
    if ((await network.listAccountsOfDealer(dealer.id)).length) continue
    await changeDealerBankAccountsWorkflow(container).run({
      input: {
        dealer_id: dealer.id,
        save: {
          holder: sepaText(dealer.legal_name ?? dealer.name)?.slice(0, 70) || dealer.code,
          iban: demoIban(index),
          bic: "COBADEFFXXX",
          bank_name: "Commerzbank",
        },
      },
    })
  }
}
