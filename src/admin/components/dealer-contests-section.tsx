import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useContests } from "../hooks/use-dealer-contests"
import { formatDay } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { useTexts } from "../hooks/use-texts"
import { CONTEST_STATUS_COLORS, useLabels } from "../lib/labels"
import type { Dealer } from "../../types/dealer-network"

/**
 * The dealer page's contests: the running ones it takes part in (its
 * audience now) and the closed ones it took part in, latest end first.
 */
export const DealerContestsSection = ({ dealer }: { dealer: Pick<Dealer, "id"> }) => {
  const { data, isLoading, error } = useContests({ dealer_id: dealer.id, limit: 10, order: "-ends_on" })
  const contests = data?.contests ?? []
  const { t } = useTexts("contests")
  const labels = useLabels()
  return (
    <Container className="p-0" data-testid="dealer-contests-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("sectionHeading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("sectionHint")}
          </Text>
        </div>
        <Link to="/dealer-network/contests" className="txt-compact-small text-ui-fg-interactive">
          {t("allContests")}
        </Link>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 pb-4">
          {errorMessage(error)}
        </Text>
      ) : isLoading ? null : !contests.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          {t("noContestForDealer")}
        </Text>
      ) : (
        <Table>
          <Table.Body>
            {contests.map((contest) => (
              <Table.Row key={contest.id}>
                <Table.Cell>
                  <Link to={`/dealer-network/contests/${contest.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    {contest.title}
                  </Link>
                </Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">{labels.contestMetric[contest.metric]}</Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">
                  {formatDay(contest.starts_on)} – {formatDay(contest.ends_on)}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={CONTEST_STATUS_COLORS[contest.status]}>{labels.contestStatus[contest.status]}</StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
