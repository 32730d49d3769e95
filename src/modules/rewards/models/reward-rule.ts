import { model } from "@medusajs/framework/utils"
import { RewardProgram } from "./reward-program"

/** One rule of a program: `definition` is a RewardRuleDefinition (src/lib/reward-rules.ts). */
export const RewardRule = model.define("dealer_reward_rule", {
  id: model.id({ prefix: "drrul" }).primaryKey(),
  name: model.text(),
  description: model.text().nullable(),
  definition: model.json(),
  is_active: model.boolean().default(true),
  program: model.belongsTo(() => RewardProgram, { mappedBy: "rules" }),
})
