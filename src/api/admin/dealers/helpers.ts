import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "../../utils/refetch-entity"

export const refetchDealer = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer", label: "Dealer" }, id, fields)
