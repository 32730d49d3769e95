import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../../../types/dealer-network"
import { Dealer } from "./dealer"

export const DealerMember = model
  .define("dealer_member", {
    id: model.id({ prefix: "dmem" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("buyer"),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "members" }),
  })
  .indexes([
    {
      // One customer belongs to at most one dealer.
      name: "IDX_dealer_member_customer_unique",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
