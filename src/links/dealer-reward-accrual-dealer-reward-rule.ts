import { defineLink } from "@medusajs/framework/utils"
import RewardsModule from "../modules/rewards"

// The reward rule an accrual was computed by (accrual.rule in Query).
export default defineLink(
  { linkable: RewardsModule.linkable.dealerRewardAccrual, field: "rule_id" },
  { linkable: RewardsModule.linkable.dealerRewardRule, alias: "rule" },
  { readOnly: true }
)
