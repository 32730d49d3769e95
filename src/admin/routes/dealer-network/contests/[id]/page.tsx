import { Badge, Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { AccrualStatusBadge } from "../../../../components/accrual-explanation"
import { ContestDrawer } from "../../../../components/contest-drawer"
import { DetailPageLoading, DetailPageNotFound } from "../../../../components/detail-page-state"
import { useContest, useContestAction, useContestResults, useContestStandings } from "../../../../hooks/use-dealer-contests"
import { useDealers } from "../../../../hooks/use-dealers"
import { useTargetNames } from "../../../../hooks/use-dealer-plans"
import { formatDate, formatDay } from "../../../../lib/dates"
import { errorMessage } from "../../../../lib/errors"
import { CONTEST_METRIC_LABELS, CONTEST_STATUS_COLORS, CONTEST_STATUS_LABELS, ROLE_LABELS, TIE_RULE_LABELS } from "../../../../lib/labels"
import { formatContestFigure, formatPrize, prizeKindLabel, prizeRowLabel } from "../../../../lib/contest-text"
import { countOf } from "../../../../lib/numbers"
import { withQueryClient } from "../../../../lib/query-client"
import { sdk } from "../../../../lib/sdk"
import type { DealerRef } from "../../../../../types/dealer-network"
import type { AccrualStatus } from "../../../../../types/rewards"
import type { DealerContest } from "../../../../../types/engagement"

const Line = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-3" data-testid={testId}>
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="text-ui-fg-base">
      {children}
    </Text>
  </div>
)

const DealerLink = ({ dealer }: { dealer: { id: string; code: string; name: string } }) => (
  <Link to={`/dealer-network/dealers/${dealer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
    {dealer.code} · {dealer.name}
  </Link>
)

function audienceLine(contest: DealerContest, dealers: DealerRef[]) {
  const audience = contest.audience ?? {}
  const named = (id: string) => dealers.find((dealer) => dealer.id === id)
  if (audience.parent_dealer_id) {
    const parent = named(audience.parent_dealer_id)
    return <>Every active dealer below {parent ? <DealerLink dealer={parent} /> : audience.parent_dealer_id}</>
  }
  const parts = [
    audience.roles?.length ? audience.roles.map((role) => ROLE_LABELS[role]).join(", ") : null,
    audience.tier_ids?.length ? countOf(audience.tier_ids.length, "tier") : null,
    audience.territory_ids?.length ? countOf(audience.territory_ids.length, "territory", "territories") : null,
  ].filter(Boolean)
  const listed = (audience.dealer_ids ?? []).map((id) => named(id)?.code ?? id)
  if (!parts.length && !listed.length) return "Every active dealer"
  return [parts.length ? `Active dealers: ${parts.join(" · ")}` : null, listed.length ? `Named: ${listed.join(", ")}` : null]
    .filter(Boolean)
    .join("; ")
}

const ContestDetailPage = () => {
  const { id } = useParams()
  const contestId = id!
  const { data, isLoading, isError, error } = useContest(contestId)
  const contest = data?.contest
  const audienceIds = contest ? [contest.audience?.parent_dealer_id, ...(contest.audience?.dealer_ids ?? [])].filter((v): v is string => !!v) : []
  const dealers = useDealers({ id: audienceIds, limit: 200, fields: "id,code,name,role" }, { enabled: audienceIds.length > 0 })
  const focus = contest?.focus_key?.split(":")
  const focusNames = useTargetNames(focus ? [{ target_type: focus[0] as "product" | "category", target_ref: focus.slice(1).join(":") }] : [])
  const prompt = usePrompt()
  const publish = useContestAction(contestId, "publish")
  const cancel = useContestAction(contestId, "cancel")
  const close = useContestAction(contestId, "close")

  if (isLoading) return <DetailPageLoading />
  if (isError || !contest) {
    return <DetailPageNotFound title="Contest not found" error={error} backTo="/dealer-network/contests" backLabel="Back to the contests" />
  }
  const audienceDealers = (dealers.data?.dealers ?? []) as DealerRef[]

  async function run(action: typeof publish, done: string, confirm?: { title: string; description: string; confirmText: string }) {
    if (confirm && !(await prompt({ ...confirm, cancelText: "Back" }))) return
    try {
      const result = await action.mutateAsync()
      toast.success(result.accruals !== undefined ? `${done}: ${countOf(result.accruals, "new prize accrual")}` : done)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const closed = contest.status === "closed"
  return (
    <div className="flex w-full flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Heading>{contest.title}</Heading>
              <StatusBadge color={CONTEST_STATUS_COLORS[contest.status]} data-testid="contest-status">
                {CONTEST_STATUS_LABELS[contest.status]}
              </StatusBadge>
            </div>
            {contest.description && (
              <Text size="small" className="text-ui-fg-subtle">
                {contest.description}
              </Text>
            )}
          </div>
          <div className="flex items-center gap-x-2">
            {(contest.status === "draft" || contest.status === "running") && (
              <ContestDrawer
                contest={contest}
                audienceDealers={audienceDealers}
                trigger={
                  <Button size="small" variant="secondary">
                    Edit
                  </Button>
                }
              />
            )}
            {(contest.status === "draft" || contest.status === "running") && (
              <Button
                size="small"
                variant="secondary"
                isLoading={cancel.isPending}
                onClick={() =>
                  run(cancel, "Contest cancelled", {
                    title: "Cancel the contest?",
                    description: "Nobody wins a prize and participants no longer see it.",
                    confirmText: "Cancel contest",
                  })
                }
              >
                Cancel contest
              </Button>
            )}
            {contest.status === "draft" && (
              <Button size="small" isLoading={publish.isPending} onClick={() => run(publish, "Contest published")} data-testid="publish-contest">
                Publish
              </Button>
            )}
            {(contest.status === "running" || closed) && (
              <Button
                size="small"
                isLoading={close.isPending}
                data-testid="close-contest"
                onClick={() =>
                  run(close, closed ? "Contest closed again" : "Contest closed", {
                    title: closed ? "Close the contest again?" : "Close the contest?",
                    description: closed
                      ? "The standings are read again: a prize that changed (a return since the last close) is accrued or clawed back by the difference. Nothing changes when nothing did."
                      : `The standings as of now become the results, and each winner's prize is accrued in the reward ledger as pending, to approve like any reward.${contest.ends_on >= new Date().toISOString().slice(0, 10) ? " The contest has not ended yet." : ""}`,
                    confirmText: closed ? "Close again" : "Close contest",
                  })
                }
              >
                {closed ? "Close again" : "Close contest"}
              </Button>
            )}
          </div>
        </div>
        <Line label="Days">
          {formatDay(contest.starts_on)} – {formatDay(contest.ends_on)}
        </Line>
        <Line label="Who takes part" testId="contest-audience">
          {audienceLine(contest, audienceDealers)}
        </Line>
        <Line label="Ranked by">
          {CONTEST_METRIC_LABELS[contest.metric]}
          {contest.focus_key && focus ? ` — ${focusNames.data?.get(focus.slice(1).join(":")) ?? contest.focus_key}` : ""}
        </Line>
        <Line label="Prizes" testId="contest-prizes">
          {contest.prizes.length ? (
            <span className="flex flex-col">
              {contest.prizes.map((prize, i) => (
                <span key={i}>
                  {prizeRowLabel(contest, prize)}: {formatPrize(contest, prize.amount)}
                </span>
              ))}
            </span>
          ) : (
            "None"
          )}
        </Line>
        <Line label="Paid as">{prizeKindLabel(contest.prize_kind)}</Line>
        <Line label="Equal figures">{TIE_RULE_LABELS[contest.tie_rule]}</Line>
        <Line label="Participants see names">{contest.show_names ? "Yes" : "No, anonymised"}</Line>
        {contest.closed_at && <Line label="Last closed">{formatDate(contest.closed_at)}</Line>}
      </Container>
      {contest.status !== "cancelled" && <Leaderboard contest={contest} />}
      {closed && <Results contest={contest} />}
    </div>
  )
}

const Leaderboard = ({ contest }: { contest: DealerContest }) => {
  const { data, isLoading, error } = useContestStandings(contest.id)
  const standings = data?.standings ?? []
  return (
    <Container className="p-0" data-testid="contest-leaderboard">
      <div className="px-6 py-4">
        <Heading level="h2">{contest.status === "closed" ? "Standings now" : "Live leaderboard"}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {contest.status === "closed"
            ? "Read again from the ledger: differs from the results when something changed since the close."
            : "Every participant's figure so far, from the plan ledger, and the prize it would win now."}
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 pb-4">
          {errorMessage(error)}
        </Text>
      ) : isLoading ? null : !standings.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          No dealer takes part: the audience matches no active dealer.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Rank</Table.HeaderCell>
              <Table.HeaderCell>Dealer</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{CONTEST_METRIC_LABELS[contest.metric]}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Prize</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {standings.map((standing) => (
              <Table.Row key={standing.dealer_id} data-testid="standing-row">
                <Table.Cell className="tabular-nums">{standing.rank ?? "–"}</Table.Cell>
                <Table.Cell>
                  <DealerLink dealer={{ id: standing.dealer_id, code: standing.dealer_code, name: standing.dealer_name }} />
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatContestFigure(contest, standing.metric_value)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {Number(standing.prize_amount) > 0 ? formatPrize(contest, standing.prize_amount) : "–"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

const Results = ({ contest }: { contest: DealerContest }) => {
  const { data, error } = useContestResults(contest.id)
  return (
    <Container className="p-0" data-testid="contest-results">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Results and prizes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The standings of the last close and each prize's accruals in the reward ledger.
          </Text>
        </div>
        <Link to={`/dealer-network/rewards?program_id=${contest.id}&status=all`} className="txt-compact-small text-ui-fg-interactive">
          Approve in the reward ledger
        </Link>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 pb-4">
          {errorMessage(error)}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Rank</Table.HeaderCell>
              <Table.HeaderCell>Dealer</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{CONTEST_METRIC_LABELS[contest.metric]}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Prize</Table.HeaderCell>
              <Table.HeaderCell>Accruals</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.results ?? []).map((result) => (
              <Table.Row key={result.id} data-testid="result-row">
                <Table.Cell className="tabular-nums">{result.rank ?? "–"}</Table.Cell>
                <Table.Cell>{result.dealer ? <DealerLink dealer={result.dealer} /> : result.dealer_id}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatContestFigure(contest, result.metric_value)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {Number(result.prize_amount) > 0 ? formatPrize(contest, result.prize_amount) : "–"}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap items-center gap-1">
                    {result.accruals?.length
                      ? result.accruals.map((accrual) => (
                          <span key={accrual.id} className="flex items-center gap-x-1">
                            <Badge size="2xsmall" className="tabular-nums">
                              {formatPrize(contest, accrual.amount)}
                            </Badge>
                            <AccrualStatusBadge status={accrual.status as AccrualStatus} />
                          </span>
                        ))
                      : "–"}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

// The breadcrumb shows the contest's title; the loader fetches just that.
export const loader = async ({ params }: { params: { id?: string } }) => {
  if (!params.id) return null
  try {
    return await sdk.client.fetch<{ contest: Pick<DealerContest, "id" | "title"> }>(`/admin/dealer-contests/${params.id}`, {
      query: { fields: "id,title" },
    })
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: { data?: { contest?: { title?: string } } | null }) => match.data?.contest?.title ?? "Contest",
}

export default withQueryClient(ContestDetailPage)
