import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "../../utils/refetch-entity"

export const refetchPayout = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer_payout", label: "Payout" }, id, fields)
