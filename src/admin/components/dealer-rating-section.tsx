import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useDealerRating } from "../hooks/use-dealer-rating"
import { useTexts } from "../hooks/use-texts"
import { currentMonth, formatPeriod, shiftMonth } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { formatNumber, formatScore } from "../lib/numbers"
import { RatingBreakdownChart, RatingBreakdownTable } from "./rating-breakdown"
import { RatingPeriodPicker } from "./rating-period-picker"
import { Stat, StatRow } from "./stat"

/** The dealer's score, rank in the network and breakdown for a month or quarter (the month that ended last first). */
export const DealerRatingSection = ({ dealerId }: { dealerId: string }) => {
  const [period, setPeriod] = useState(() => shiftMonth(currentMonth(), -1))
  const { data, isLoading, isError, error } = useDealerRating(dealerId, period)
  const rating = data?.rating
  const { t } = useTexts("rating")

  return (
    <Container className="divide-y p-0" data-testid="dealer-rating-section">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("sectionHeading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("sectionHint")}{" "}
            <Link to="/dealer-network/rating" className="text-ui-fg-interactive">
              {t("seeLeaderboard")}
            </Link>
          </Text>
        </div>
        <RatingPeriodPicker value={period} onChange={setPeriod} />
      </div>
      {isLoading && (
        <div className="px-6 py-4">
          <Skeleton className="h-20 w-full" />
        </div>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !rating && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="dealer-rating-none">
          {t("onlyActive")}
        </Text>
      )}
      {rating && (
        <>
          <StatRow wide={2} className="px-6 py-4">
            <Stat label={t("scoreOf", { period: formatPeriod(period) })} testId="dealer-rating-score" hint={t("of100")}>
              {formatScore(rating.score)}
            </Stat>
            <Stat label={t("rankInNetwork")} testId="dealer-rating-rank" hint={t("ofRated", { total: formatNumber(data.network_count) })}>
              {formatNumber(rating.network_rank)}
            </Stat>
          </StatRow>
          <div className="px-6 py-4">
            <RatingBreakdownChart entry={rating} />
          </div>
          <RatingBreakdownTable entry={rating} />
        </>
      )}
    </Container>
  )
}
