import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { moneyString, rawAmount } from "../../../lib/amounts"
import { listContestIdsOfDealer } from "../../../queries/contest-standings"
import type { ContestResult, ContestStanding, DealerContest } from "../../../types/engagement"
import type { Sendable } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import { refetchEntity } from "../../utils/refetch-entity"
import { prizePrecision } from "../../../workflows/engagement/contest-standings"

type Row = Record<string, any>

/** One contest as the request's fields ask for it, or a 404. */
export async function refetchContest(req: MedusaRequest, id: string) {
  return (await refetchEntity(req.scope, { entity: "dealer_contest", label: "Contest" }, id, req.queryConfig.fields)) as Sendable<DealerContest>
}

/** A page of contests; `dealer_id` narrows it to the contests that dealer takes part in. */
export async function listContests(req: MedusaRequest, statuses = ["draft", "running", "closed"]) {
  const { dealer_id, ...filters } = req.filterableFields as Row
  if (dealer_id) {
    const ids = await listContestIdsOfDealer(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), {
      dealerId: dealer_id,
      statuses,
    })
    filters.id = filters.id ? [filters.id].flat().filter((id: string) => ids.includes(id)) : ids
  }
  const { data, page } = await listPage(req, "dealer_contest", filters)
  return { contests: data as Sendable<DealerContest>[], ...page }
}

/** A figure as the API answers it: money metrics in the currency's precision, counts and percentages as they are. */
export function figureString(contest: Pick<DealerContest, "metric" | "currency_code">, value: string | null): string | null {
  if (value === null) return null
  return contest.metric === "sales_amount" || contest.metric === "focus_amount"
    ? moneyString(value, contest.currency_code)
    : new BigNumber(value).toFixed()
}

/** A prize as the API answers it: whole points, or money / event credit in the currency's precision. */
export function prizeString(contest: Pick<DealerContest, "prize_kind" | "currency_code">, value: string | number) {
  return new BigNumber(value).toFixed(prizePrecision(contest))
}

/** Standings with figures and prizes as decimal strings. */
export function standingsView(contest: DealerContest, standings: ContestStanding[]): ContestStanding[] {
  return standings.map((standing) => ({
    ...standing,
    metric_value: figureString(contest, standing.metric_value),
    prize_amount: prizeString(contest, standing.prize_amount),
  }))
}

/** A closed contest's stored results, best rank first, each with its dealer and its prize accruals (status included). */
export async function contestResults(req: MedusaRequest, contest: DealerContest): Promise<ContestResult[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: results }, { data: accruals }] = await Promise.all([
    query.graph({
      entity: "dealer_contest_result",
      fields: ["id", "contest_id", "dealer_id", "rank", "raw_metric_value", "prize_kind", "raw_prize_amount", "dealer.id", "dealer.code", "dealer.name"],
      filters: { contest_id: contest.id },
    }),
    query.graph({
      entity: "dealer_reward_accrual",
      fields: ["id", "dealer_id", "raw_amount", "status", "created_at"],
      filters: { program_id: contest.id },
    }),
  ])
  return results
    .map((result: Row) => ({
      id: result.id,
      contest_id: result.contest_id,
      dealer_id: result.dealer_id,
      rank: result.rank,
      metric_value: result.raw_metric_value ? figureString(contest, rawAmount(result, "metric_value")) : null,
      prize_kind: result.prize_kind,
      prize_amount: prizeString(contest, rawAmount(result, "prize_amount")),
      dealer: result.dealer ?? undefined,
      accruals: accruals
        .filter((accrual: Row) => accrual.dealer_id === result.dealer_id)
        .sort((a: Row, b: Row) => String(a.created_at).localeCompare(String(b.created_at)))
        .map((accrual: Row) => ({
          id: accrual.id,
          amount: prizeString(contest, rawAmount(accrual, "amount")),
          status: accrual.status,
          created_at: accrual.created_at,
        })),
    }))
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || String(a.dealer?.code).localeCompare(String(b.dealer?.code)))
}
