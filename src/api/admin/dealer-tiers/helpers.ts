import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "../../utils/refetch-entity"

export const refetchDealerTier = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer_tier", label: "Dealer tier" }, id, fields)
