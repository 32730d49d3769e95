import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchEntity } from "../../utils/refetch-entity"
import { conflictContributionFields } from "./query-config"

export const refetchDealerConflict = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer_conflict_case", label: "Conflict case" }, id, fields)

/** A case with the plan entries its resolution wrote. */
export async function refetchDealerConflictWithContributions(
  container: MedusaContainer,
  id: string,
  fields: string[]
) {
  const conflict = await refetchDealerConflict(container, id, fields)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: contributions } = await query.graph({
    entity: "dealer_contribution",
    fields: conflictContributionFields,
    filters: { cause: "conflict_reassigned", source_id: id },
  })
  return { ...conflict, contributions }
}
