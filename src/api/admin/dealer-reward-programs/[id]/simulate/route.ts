import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDealer } from "../../../dealers/helpers"
import { simulateRewards } from "../../../../../workflows/rewards/program-rewards"
import { programForRewards } from "../../helpers"
import type { AdminSimulateRewardsType } from "../../validators"
import type { Sendable } from "../../../../../types/http"
import type { RewardSimulationResponse } from "../../../../../types/rewards"

/**
 * What the dealer would earn for the period under the program's rules (or
 * the draft rules sent), with the explanation and what the next reward band needs.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSimulateRewardsType>,
  res: MedusaResponse<Sendable<RewardSimulationResponse>>
) => {
  const body = req.validatedBody
  await refetchDealer(req.scope, body.dealer_id, ["id"])
  const program = await programForRewards(req.scope, req.params.id, body.rules)
  res.json({ simulation: await simulateRewards(req.scope, program, body.period, body.dealer_id) })
}
