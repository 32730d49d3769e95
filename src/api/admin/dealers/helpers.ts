import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One dealer through Query with the requested fields, or a 404 naming it. */
export async function refetchDealer(container: MedusaContainer, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [dealer],
  } = await query.graph({ entity: "dealer", fields, filters: { id } })
  if (!dealer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${id} was not found`)
  }
  return dealer
}
