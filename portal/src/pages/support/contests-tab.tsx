import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { DealerContestListResponse, StoreContestLeaderboard } from "medusa-plugin-dealer-network/client"
import { useState } from "react"
import { Stat } from "../../../../src/admin/components/stat"
import { useLabels } from "../../../../src/admin/lib/labels"
import { formatReward } from "../../../../src/admin/lib/reward-text"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatDay, formatMoney, formatNumber, formatPercent } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"

type Contest = DealerContestListResponse["contests"][number]

/** The contests my dealer takes part in, and the chosen one's leaderboard: my rank, my figure, the gap to the rank above. */
export function ContestsTab() {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const contests = useQuery({ queryKey: ["dealer-portal", "contests"], queryFn: () => store.contests.list({ limit: 50 }) })
  return (
    <QueryState query={contests}>
      {({ contests }) =>
        contests.length ? <ContestPicker contests={contests} /> : <Container><Text size="small" className="text-ui-fg-subtle">{t("contests.empty")}</Text></Container>
      }
    </QueryState>
  )
}

function ContestPicker({ contests }: { contests: Contest[] }) {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const [contestId, setContestId] = useState(contests[0].id)
  const leaderboard = useQuery({ queryKey: ["dealer-portal", "contest", contestId], queryFn: () => store.contests.retrieve(contestId) })
  return (
    <Container className="flex flex-col gap-y-4">
      <div className="flex items-center justify-between gap-x-4">
        <Heading level="h2">{t("contests.title")}</Heading>
        <div className="w-80">
          <Select value={contestId} onValueChange={setContestId}>
            <Select.Trigger aria-label={t("contests.title")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {contests.map((contest) => (
                <Select.Item key={contest.id} value={contest.id}>{contest.title}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <QueryState query={leaderboard}>{(board) => <Leaderboard board={board} />}</QueryState>
    </Container>
  )
}

function Leaderboard({ board }: { board: StoreContestLeaderboard }) {
  const { t } = useTexts("support")
  const labels = useLabels()
  const { contest, me } = board
  const figure = (value: string | null) => metricValue(contest.metric, value, contest.currency_code)
  const prize = (amount: string) => (Number(amount) ? formatReward(amount, { kind: contest.prize_kind, currency_code: contest.currency_code }) : "–")
  return (
    <div className="flex flex-col gap-y-4" data-testid="contest-leaderboard">
      <div>
        <div className="flex items-center gap-x-2">
          <Text weight="plus">{contest.title}</Text>
          <Badge size="2xsmall" color={board.live ? "green" : "grey"}>{board.live ? t("contests.live") : t("contests.final")}</Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {labels.contestMetric[contest.metric]} · {t("contests.period", { from: formatDay(contest.starts_on), to: formatDay(contest.ends_on) })}
        </Text>
        {contest.description && <Text size="small">{contest.description}</Text>}
      </div>
      {me && (
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Stat label={t("contests.myRank")} testId="contest-my-rank">{me.rank === null ? t("contests.notRanked") : `#${me.rank}`}</Stat>
          <Stat label={t("contests.myFigure")} testId="contest-my-figure">{figure(me.metric_value)}</Stat>
          <Stat label={t("contests.gap")} testId="contest-gap">
            {me.rank === 1 ? t("contests.leading") : figure(me.gap_to_above)}
          </Stat>
          <Stat label={t("contests.prize")}>{prize(me.prize_amount)}</Stat>
        </div>
      )}
      <Table data-testid="contest-standings">
        <Table.Header>
          <Table.Row>
            {(["rank", "name", "figure", "prize"] as const).map((column) => (
              <Table.HeaderCell key={column} className={["figure", "prize"].includes(column) ? "text-right" : undefined}>{t(`contests.column.${column}`)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {board.standings.map((row, index) => (
            <Table.Row key={index} className={row.is_me ? "bg-ui-bg-highlight" : undefined} data-testid={row.is_me ? "contest-standing-me" : "contest-standing"}>
              <Table.Cell className="tabular-nums">{row.rank ?? "–"}</Table.Cell>
              <Table.Cell>
                {row.name}
                {row.is_me && <Badge size="2xsmall" color="blue" className="ml-2">{t("contests.me")}</Badge>}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{figure(row.metric_value)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{prize(row.prize_amount)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** A contest figure in its metric's unit. */
function metricValue(metric: Contest["metric"], value: string | null, currency: string) {
  if (value === null) return "–"
  if (metric === "sales_amount" || metric === "focus_amount") return formatMoney(value, currency)
  if (metric === "attainment_percent" || metric === "growth_percent") return formatPercent(value)
  return formatNumber(value)
}
