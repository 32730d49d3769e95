import { defineLink } from "@medusajs/framework/utils"
import RewardsModule from "../modules/rewards"

// The reward program an accrual was computed by (accrual.program in Query).
export default defineLink(
  { linkable: RewardsModule.linkable.dealerRewardAccrual, field: "program_id" },
  { linkable: RewardsModule.linkable.dealerRewardProgram, alias: "program" },
  { readOnly: true }
)
