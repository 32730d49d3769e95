import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchDealerApplication(container: MedusaContainer, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [application],
  } = await query.graph({ entity: "dealer_application", fields, filters: { id } })
  if (!application) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer application with id: ${id} was not found`)
  }
  return application
}
