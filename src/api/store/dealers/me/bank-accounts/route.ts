import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { maskIban } from "../../../../../lib/bank-account"
import { listPage } from "../../../../utils/list-page"
import { dealerAccess } from "../membership"
import type { DealerBankAccount, DealerBankAccountListResponse } from "../../../../../types/bank-accounts"
import type { Sendable } from "../../../../../types/http"

/** The accounts my dealer's cash payouts are paid to, IBANs masked (owners only). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerBankAccountListResponse>>) => {
  const { dealer_id } = dealerAccess(req)
  const { data, page } = await listPage(req, "dealer_bank_account", { dealer_id })
  const bank_accounts = (data as DealerBankAccount[]).map((account) => ({ ...account, iban: maskIban(account.iban) }))
  res.json({ bank_accounts, ...page })
}
