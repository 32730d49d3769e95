import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listPage } from "../../utils/list-page"
import { ACCRUAL_AMOUNTS } from "../dealer-reward-programs/query-config"
import type { Sendable } from "../../../types/http"
import type { AdminRewardAccrualListResponse } from "../../../types/rewards"

/** The reward ledger, with each entry's explanation, dealer, program and rule. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<Sendable<AdminRewardAccrualListResponse>>
) => {
  const { data: accruals, page } = await listPage(req, "dealer_reward_accrual", req.filterableFields, ACCRUAL_AMOUNTS)
  res.json({ accruals: await withProgramAndRule(req.scope, accruals), ...page })
}

/**
 * Names each entry's program and rule, read for the page's rules in one query.
 * A link cannot do it: Query resolves read-only links between modules only, and
 * the ledger's program_id / rule_id are plain columns of the rewards module.
 */
async function withProgramAndRule<Accrual extends Record<string, any>>(scope: MedusaContainer, accruals: Accrual[]) {
  const ruleIds = [...new Set(accruals.map((accrual) => accrual.rule_id).filter(Boolean))]
  if (!ruleIds.length) return accruals
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rules } = await query.graph({
    entity: "dealer_reward_rule",
    fields: ["id", "name", "program.id", "program.code", "program.name"],
    filters: { id: ruleIds },
  })
  const ruleOf = new Map(rules.map((rule) => [rule.id, rule]))
  return accruals.map((accrual) => {
    const rule = ruleOf.get(accrual.rule_id)
    return {
      ...accrual,
      program: rule?.program ?? null,
      rule: rule ? { id: rule.id, name: rule.name } : null,
    }
  })
}
