import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeDealerBankAccountsWorkflow } from "../../../../../../workflows/dealer-network/workflows/change-dealer-bank-accounts"
import type { AdminUpdateDealerBankAccountType } from "../../../validators"
import { refetchBankAccount } from "../helpers"
import type { DealerBankAccountResponse } from "../../../../../../types/bank-accounts"
import type { DeleteResponse, Sendable } from "../../../../../../types/http"

/** Changes an account (is_default: true makes it the one payouts go to). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerBankAccountType>,
  res: MedusaResponse<Sendable<DealerBankAccountResponse>>
) => {
  const { id: dealer_id, account_id } = req.params
  await refetchBankAccount(req.scope, dealer_id, account_id)
  await changeDealerBankAccountsWorkflow(req.scope).run({ input: { dealer_id, save: { id: account_id, ...req.validatedBody } } })
  res.json({ bank_account: await refetchBankAccount(req.scope, dealer_id, account_id) })
}

/** Removes an account; payouts already sent keep the copy of the account they went to. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
  const { id: dealer_id, account_id } = req.params
  await refetchBankAccount(req.scope, dealer_id, account_id)
  await changeDealerBankAccountsWorkflow(req.scope).run({ input: { dealer_id, remove: account_id } })
  res.json({ id: account_id, object: "dealer_bank_account", deleted: true })
}
