import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDealer } from "../dealers/helpers"
import { ProgramForRewards, simulateRewards } from "../../../workflows/rewards/program-rewards"
import type { RewardRuleDefinition } from "../../../lib/reward-rules"
import type { AdminSimulateDraftProgramType } from "./validators"
import type { Sendable } from "../../../types/http"
import type { RewardSimulationResponse } from "../../../types/rewards"

/**
 * What the dealer would earn for the period under the draft rules of a
 * program still being created ("Create program"), as a program's own
 * simulation answers for its saved or draft rules.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSimulateDraftProgramType>,
  res: MedusaResponse<Sendable<RewardSimulationResponse>>
) => {
  const body = req.validatedBody
  await refetchDealer(req.scope, body.dealer_id, ["id"])
  const program: ProgramForRewards = {
    id: "draft",
    code: "DRAFT",
    name: "Draft program",
    period_type: "month",
    currency_code: body.currency_code,
    eligibility: null,
    hold_overdue: false,
    rules: body.rules.map((rule, index) => ({
      id: `draft_${index + 1}`,
      name: rule.name,
      is_active: true,
      definition: rule.definition as RewardRuleDefinition,
    })),
  }
  res.json({ simulation: await simulateRewards(req.scope, program, body.period, body.dealer_id) })
}
