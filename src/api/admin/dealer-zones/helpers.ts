import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "../../utils/refetch-entity"

export const refetchDealerZone = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer_zone", label: "Dealer zone" }, id, fields)
