import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One record of a Query entity with the requested fields, or a 404 naming it. */
export async function refetchEntity(
  container: MedusaContainer,
  { entity, label }: { entity: string; label: string },
  id: string,
  fields: string[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { id } })
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)
  }
  return record
}
