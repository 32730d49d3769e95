import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listPage } from "../../utils/list-page"
import { ACCRUAL_AMOUNTS } from "../dealer-reward-programs/query-config"
import { CONTEST_PRIZE_RULE_ID } from "../../../types/engagement"
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
 * A contest's prize (program_id = the contest's id, rule_id `contest_prize`)
 * is named by the contest's title.
 */
async function withProgramAndRule<Accrual extends Record<string, any>>(scope: MedusaContainer, accruals: Accrual[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const ruleIds = [...new Set(accruals.map((accrual) => accrual.rule_id).filter((id) => id && id !== CONTEST_PRIZE_RULE_ID))]
  const contestIds = [...new Set(accruals.filter((accrual) => accrual.rule_id === CONTEST_PRIZE_RULE_ID).map((accrual) => accrual.program_id))]
  const [{ data: rules }, { data: contests }] = await Promise.all([
    ruleIds.length
      ? query.graph({ entity: "dealer_reward_rule", fields: ["id", "name", "program.id", "program.code", "program.name"], filters: { id: ruleIds } })
      : { data: [] as any[] },
    contestIds.length
      ? query.graph({ entity: "dealer_contest", fields: ["id", "title"], filters: { id: contestIds } })
      : { data: [] as any[] },
  ])
  const ruleOf = new Map(rules.map((rule) => [rule.id, rule]))
  const contestOf = new Map(contests.map((contest) => [contest.id, contest]))
  return accruals.map((accrual) => {
    const contest = accrual.rule_id === CONTEST_PRIZE_RULE_ID ? contestOf.get(accrual.program_id) : undefined
    if (contest) {
      return {
        ...accrual,
        program: { id: contest.id, code: "contest", name: contest.title },
        rule: { id: CONTEST_PRIZE_RULE_ID, name: "Contest prize" },
      }
    }
    const rule = ruleOf.get(accrual.rule_id)
    return {
      ...accrual,
      program: rule?.program ?? null,
      rule: rule ? { id: rule.id, name: rule.name } : null,
    }
  })
}
