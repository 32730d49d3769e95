import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "../../utils/refetch-entity"

export const refetchDealerApplication = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchEntity(container, { entity: "dealer_application", label: "Dealer application" }, id, fields)
