import { Badge, Button, Container, Heading, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { getI18n } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { AccrualStatusBadge } from "../../../../components/accrual-explanation"
import { ContestDrawer } from "../../../../components/contest-drawer"
import { DetailPageLoading, DetailPageNotFound } from "../../../../components/detail-page-state"
import { useContest, useContestAction, useContestResults, useContestStandings } from "../../../../hooks/use-dealer-contests"
import { useDealers } from "../../../../hooks/use-dealers"
import { useTargetNames } from "../../../../hooks/use-dealer-plans"
import { formatDate, formatDay } from "../../../../lib/dates"
import { errorMessage, refusalText } from "../../../../lib/errors"
import { useTexts } from "../../../../hooks/use-texts"
import { CONTEST_STATUS_COLORS, useLabels } from "../../../../lib/labels"
import { formatContestFigure, formatPrize, prizeRowLabel } from "../../../../lib/contest-text"
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

const AudienceLine = ({ contest, dealers }: { contest: DealerContest; dealers: DealerRef[] }) => {
  const { t } = useTexts("contests")
  const labels = useLabels()
  const audience = contest.audience ?? {}
  const named = (id: string) => dealers.find((dealer) => dealer.id === id)
  if (audience.parent_dealer_id) {
    const parent = named(audience.parent_dealer_id)
    return (
      <>
        {t("everyActiveDealerBelow")} {parent ? <DealerLink dealer={parent} /> : audience.parent_dealer_id}
      </>
    )
  }
  const parts = [
    audience.roles?.length ? audience.roles.map((role) => labels.role[role]).join(", ") : null,
    audience.tier_ids?.length ? t("tiers", { count: audience.tier_ids.length }) : null,
    audience.territory_ids?.length ? t("territories", { count: audience.territory_ids.length }) : null,
  ].filter(Boolean)
  const listed = (audience.dealer_ids ?? []).map((id) => named(id)?.code ?? id)
  if (!parts.length && !listed.length) return <>{t("everyActiveDealer")}</>
  return (
    <>
      {[parts.length ? t("activeDealers", { parts: parts.join(" · ") }) : null, listed.length ? t("named", { dealers: listed.join(", ") }) : null]
        .filter(Boolean)
        .join("; ")}
    </>
  )
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
  const { t } = useTexts("contests")
  const labels = useLabels()
  const publish = useContestAction(contestId, "publish")
  const cancel = useContestAction(contestId, "cancel")
  const close = useContestAction(contestId, "close")

  if (isLoading) return <DetailPageLoading />
  if (isError || !contest) {
    return <DetailPageNotFound title={t("notFound")} error={error} backTo="/dealer-network/contests" backLabel={t("backToContests")} />
  }
  const audienceDealers = (dealers.data?.dealers ?? []) as DealerRef[]

  async function run(action: typeof publish, done: string, confirm?: { title: string; description: string; confirmText: string }) {
    if (confirm && !(await prompt({ ...confirm, cancelText: t("back") }))) return
    try {
      const result = await action.mutateAsync()
      toast.success(result.accruals !== undefined ? t("newAccruals", { done, count: result.accruals }) : done)
    } catch (e) {
      toast.error(refusalText(e))
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
                {labels.contestStatus[contest.status]}
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
                    {t("edit")}
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
                  run(cancel, t("contestCancelled"), {
                    title: t("cancelTitle"),
                    description: t("cancelDescription"),
                    confirmText: t("cancelContest"),
                  })
                }
              >
                {t("cancelContest")}
              </Button>
            )}
            {contest.status === "draft" && (
              <Button size="small" isLoading={publish.isPending} onClick={() => run(publish, t("contestPublished"))} data-testid="publish-contest">
                {t("publish")}
              </Button>
            )}
            {(contest.status === "running" || closed) && (
              <Button
                size="small"
                isLoading={close.isPending}
                data-testid="close-contest"
                onClick={() =>
                  run(close, closed ? t("closedAgain") : t("closedToast"), {
                    title: closed ? t("closeAgainTitle") : t("closeTitle"),
                    description: closed
                      ? t("closeAgainDescription")
                      : `${t("closeDescription")}${contest.ends_on >= new Date().toISOString().slice(0, 10) ? t("notEndedYet") : ""}`,
                    confirmText: closed ? t("closeAgain") : t("closeContest"),
                  })
                }
              >
                {closed ? t("closeAgain") : t("closeContest")}
              </Button>
            )}
          </div>
        </div>
        <Line label={t("colDays")}>
          {formatDay(contest.starts_on)} – {formatDay(contest.ends_on)}
        </Line>
        <Line label={t("colWhoTakesPart")} testId="contest-audience">
          <AudienceLine contest={contest} dealers={audienceDealers} />
        </Line>
        <Line label={t("colRankedBy")}>
          {labels.contestMetric[contest.metric]}
          {contest.focus_key && focus ? ` — ${focusNames.data?.get(focus.slice(1).join(":")) ?? contest.focus_key}` : ""}
        </Line>
        <Line label={t("prizes")} testId="contest-prizes">
          {contest.prizes.length ? (
            <span className="flex flex-col">
              {contest.prizes.map((prize, i) => (
                <span key={i}>
                  {prizeRowLabel(contest, prize, t)}: {formatPrize(contest, prize.amount, t)}
                </span>
              ))}
            </span>
          ) : (
            t("none")
          )}
        </Line>
        <Line label={t("paidAs")}>{labels.rewardKind[contest.prize_kind]}</Line>
        <Line label={t("equalFigures")}>{labels.tieRule[contest.tie_rule]}</Line>
        <Line label={t("participantsSeeNames")}>{contest.show_names ? t("yes") : t("noAnonymised")}</Line>
        {contest.closed_at && <Line label={t("lastClosed")}>{formatDate(contest.closed_at)}</Line>}
      </Container>
      {contest.status !== "cancelled" && <Leaderboard contest={contest} />}
      {closed && <Results contest={contest} />}
    </div>
  )
}

const Leaderboard = ({ contest }: { contest: DealerContest }) => {
  const { data, isLoading, error } = useContestStandings(contest.id)
  const standings = data?.standings ?? []
  const { t } = useTexts("contests")
  const labels = useLabels()
  return (
    <Container className="p-0" data-testid="contest-leaderboard">
      <div className="px-6 py-4">
        <Heading level="h2">{contest.status === "closed" ? t("standingsNow") : t("liveLeaderboard")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {contest.status === "closed" ? t("standingsNowHint") : t("liveHint")}
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 pb-4">
          {errorMessage(error)}
        </Text>
      ) : isLoading ? null : !standings.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          {t("noParticipants")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("colRank")}</Table.HeaderCell>
              <Table.HeaderCell>{t("colDealer")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{labels.contestMetric[contest.metric]}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("colPrize")}</Table.HeaderCell>
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
                  {Number(standing.prize_amount) > 0 ? formatPrize(contest, standing.prize_amount, t) : "–"}
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
  const { t } = useTexts("contests")
  const labels = useLabels()
  return (
    <Container className="p-0" data-testid="contest-results">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("resultsHeading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("resultsHint")}
          </Text>
        </div>
        <Link to={`/dealer-network/rewards?program_id=${contest.id}&status=all`} className="txt-compact-small text-ui-fg-interactive">
          {t("approveInLedger")}
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
              <Table.HeaderCell>{t("colRank")}</Table.HeaderCell>
              <Table.HeaderCell>{t("colDealer")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{labels.contestMetric[contest.metric]}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("colPrize")}</Table.HeaderCell>
              <Table.HeaderCell>{t("colAccruals")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.results ?? []).map((result) => (
              <Table.Row key={result.id} data-testid="result-row">
                <Table.Cell className="tabular-nums">{result.rank ?? "–"}</Table.Cell>
                <Table.Cell>{result.dealer ? <DealerLink dealer={result.dealer} /> : result.dealer_id}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatContestFigure(contest, result.metric_value)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {Number(result.prize_amount) > 0 ? formatPrize(contest, result.prize_amount, t) : "–"}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap items-center gap-1">
                    {result.accruals?.length
                      ? result.accruals.map((accrual) => (
                          <span key={accrual.id} className="flex items-center gap-x-1">
                            <Badge size="2xsmall" className="tabular-nums">
                              {formatPrize(contest, accrual.amount, t)}
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
  breadcrumb: (match: { data?: { contest?: { title?: string } } | null }) => match.data?.contest?.title ?? getI18n().t("dealerNetwork.contests.contestCrumb"),
}

export default withQueryClient(ContestDetailPage)
