import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "../../utils/refetch-entity"

export const refetchDealerTerritory = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer_territory", label: "Dealer territory" }, id, fields)
