import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { monthKeyOf, monthsOfPeriod, periodOfMonth, periodTypeOf } from "../../../../../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../../../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../../../../modules/dealer-network/service"
import { ProgramForRewards, simulateRewards } from "../../../../../../workflows/rewards/program-rewards"
import { programForRewards } from "../../../../../admin/dealer-reward-programs/helpers"
import { dealerAccess, readsSubNetwork, sees } from "../../membership"
import type { StoreGetMyRewardSimulationParamsType } from "../../validators"
import type { Sendable } from "../../../../../../types/http"
import type { StoreRewardSimulationListResponse } from "../../../../../../types/store"

/**
 * What my dealer has earned so far under each program of its agreement in
 * force (or the one named), and how much more it needs for the next reward band.
 * A member who does not see the sub-network gets neither its sales nor the
 * rules that read them.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreRewardSimulationListResponse>>) => {
  const access = dealerAccess(req)
  const seesNetwork = sees(access, "sub_network")
  const query = req.validatedQuery as StoreGetMyRewardSimulationParamsType
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  const agreement = await network.retrieveEffectiveAgreement(access.dealer_id)
  const programIds = agreement?.reward_program_ids ?? []
  if (query.program_id && !programIds.includes(query.program_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `program_id: your dealer takes no part in program ${query.program_id}`)
  }
  const month = monthKeyOf(new Date(), network.getOptions().timeZone)
  const simulations: Sendable<StoreRewardSimulationListResponse>["simulations"] = []
  for (const programId of query.program_id ? [query.program_id] : programIds) {
    const program = await programForRewards(req.scope, programId)
    const period =
      query.period && periodTypeOf(query.period) === program.period_type
        ? query.period
        : periodOfMonth(query.period ? monthsOfPeriod(query.period)[0] : month, program.period_type)
    simulations.push(await (seesNetwork ? simulateRewards : simulateOwnRewards)(req.scope, program, period, access.dealer_id))
  }
  res.json({ simulations })
}

/** The simulation without the sub-network: the rules that read its sales left out, and its sales out of the facts. */
async function simulateOwnRewards(scope: MedusaContainer, program: ProgramForRewards, period: string, dealerId: string) {
  const ownProgram = { ...program, rules: program.rules.filter((rule) => !readsSubNetwork(rule.definition)) }
  const { facts, ...simulation } = await simulateRewards(scope, ownProgram, period, dealerId)
  const { subNetworkSalesAmount: _subNetwork, ...ownFacts } = facts
  return { ...simulation, facts: ownFacts }
}
