import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import type { BankAccountInput } from "../../../types/bank-accounts"

export const changeDealerBankAccountsStepId = "dealer-network-change-dealer-bank-accounts"

export type BankAccountChange =
  | { dealer_id: string; save: BankAccountInput & { id?: string } }
  | { dealer_id: string; remove: string }

/** Adds, changes or removes one of a dealer's bank accounts; undo puts all its accounts back as they were. */
export const changeDealerBankAccountsStep = createStep(
  changeDealerBankAccountsStepId,
  async (input: BankAccountChange, { container }) => {
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const before = await network.listAccountsOfDealer(input.dealer_id)
    if ("remove" in input) {
      await network.removeBankAccount(input.dealer_id, input.remove)
      return new StepResponse({ id: input.remove }, { dealer_id: input.dealer_id, before })
    }
    const saved = await network.saveBankAccount({ dealer_id: input.dealer_id, ...input.save })
    return new StepResponse({ id: saved.id }, { dealer_id: input.dealer_id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    await network.restoreBankAccountsOf(undo.dealer_id, undo.before)
  }
)
