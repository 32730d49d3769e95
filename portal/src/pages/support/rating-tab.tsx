import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { RatingBreakdownChart, RatingBreakdownTable } from "../../../../src/admin/components/rating-breakdown"
import { Stat } from "../../../../src/admin/components/stat"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatMonth, formatScore } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"

/** My dealer's score this month, its rank in the network, and what each component adds. */
export function RatingTab() {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const rating = useQuery({ queryKey: ["dealer-portal", "rating"], queryFn: () => store.rating.retrieve() })
  return (
    <QueryState query={rating}>
      {({ period, rating, network_count }) =>
        rating ? (
          <Container className="flex flex-col gap-y-4" data-testid="support-rating">
            <div className="flex items-baseline justify-between">
              <Heading level="h2">{t("rating.title")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">{formatMonth(period)}</Text>
            </div>
            <div className="grid grid-cols-2 gap-3">
              <Stat label={t("rating.score")} testId="rating-score">{formatScore(rating.score)}</Stat>
              <Stat label={t("rating.rank")} testId="rating-rank">{t("rating.rankOf", { rank: rating.network_rank, count: network_count })}</Stat>
            </div>
            <Text size="small" weight="plus">{t("rating.breakdown")}</Text>
            <RatingBreakdownChart entry={rating} />
            <RatingBreakdownTable entry={rating} />
          </Container>
        ) : (
          <Container><Text size="small" className="text-ui-fg-subtle">{t("rating.notRated")}</Text></Container>
        )
      }
    </QueryState>
  )
}
