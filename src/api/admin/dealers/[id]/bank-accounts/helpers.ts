import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bankAccountFields } from "../../query-config"

/** One account of the dealer, or 404 (an account of another dealer too). */
export async function refetchBankAccount(container: MedusaContainer, dealerId: string, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [account],
  } = await query.graph({ entity: "dealer_bank_account", fields: bankAccountFields, filters: { id, dealer_id: dealerId } })
  if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bank account with id: ${id} was not found`)
  return account
}
