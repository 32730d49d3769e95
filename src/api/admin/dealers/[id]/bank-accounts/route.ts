import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeDealerBankAccountsWorkflow } from "../../../../../workflows/dealer-network/workflows/change-dealer-bank-accounts"
import { refetchDealer } from "../../helpers"
import type { AdminCreateDealerBankAccountType } from "../../validators"
import { listPage } from "../../../../utils/list-page"
import { refetchBankAccount } from "./helpers"
import type { DealerBankAccountListResponse, DealerBankAccountResponse } from "../../../../../types/bank-accounts"
import type { Sendable } from "../../../../../types/http"

/** The dealer's bank accounts, the default one marked. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerBankAccountListResponse>>) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { data: bank_accounts, page } = await listPage(req, "dealer_bank_account", { dealer_id: req.params.id })
  res.json({ bank_accounts, ...page })
}

/** A new account; the dealer's first, or one sent with is_default, becomes the default. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDealerBankAccountType>,
  res: MedusaResponse<Sendable<DealerBankAccountResponse>>
) => {
  await refetchDealer(req.scope, req.params.id, ["id"])
  const { result } = await changeDealerBankAccountsWorkflow(req.scope).run({
    input: { dealer_id: req.params.id, save: req.validatedBody },
  })
  res.status(201).json({ bank_account: await refetchBankAccount(req.scope, req.params.id, result.id) })
}
