import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Skeleton, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { MonthPicker } from "../../../components/month-picker"
import { TierDrawer } from "../../../components/tier-drawer"
import { useReviewTiers, useTiers } from "../../../hooks/use-network-editing"
import { useTexts } from "../../../hooks/use-texts"
import { currentMonth, formatPeriod, shiftMonth } from "../../../lib/dates"
import { errorMessage, refusalText } from "../../../lib/errors"
import { adminText } from "../../../lib/locale"
import { withQueryClient } from "../../../lib/query-client"
import { benefitLines } from "../../../../lib/tier-benefits"
import type { Tier } from "../../../../types/dealer-network"

const TiersPage = () => {
  const { t, locale } = useTexts("tiers")
  const { data, isLoading, error } = useTiers()
  const [editing, setEditing] = useState<{ tier: Tier | null } | null>(null)
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="tiers">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("description")}
            </Text>
          </div>
          <Button size="small" variant="secondary" data-testid="create-tier" onClick={() => setEditing({ tier: null })}>
            {t("create")}
          </Button>
        </div>
        {isLoading && <Skeleton className="mx-6 my-4 h-10" />}
        {!!error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {errorMessage(error)}
          </Text>
        )}
        {data && !data.tiers.length && (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            {t("empty")}
          </Text>
        )}
        {!!data?.tiers.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("columns.rank")}</Table.HeaderCell>
                <Table.HeaderCell>{t("columns.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("columns.threshold")}</Table.HeaderCell>
                <Table.HeaderCell>{t("columns.discount")}</Table.HeaderCell>
                <Table.HeaderCell>{t("columns.benefits")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.tiers.map((tier) => (
                <Table.Row key={tier.id} data-testid={`tier-${tier.name}`}>
                  <Table.Cell className="tabular-nums">{tier.rank}</Table.Cell>
                  <Table.Cell className="font-medium">{tier.name}</Table.Cell>
                  <Table.Cell className="tabular-nums">
                    {t("threshold", { amount: number.format(Number(tier.min_turnover)), months: tier.window_months })}
                  </Table.Cell>
                  <Table.Cell className="tabular-nums">{number.format(Number(tier.discount_percent))} %</Table.Cell>
                  <Table.Cell className="text-ui-fg-subtle">{benefitLines(tier.benefits).join("; ") || t("noBenefits")}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" data-testid={`edit-tier-${tier.name}`} onClick={() => setEditing({ tier })}>
                      {t("edit")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <TierReview />
      <TierDrawer tier={editing?.tier ?? null} open={!!editing} onClose={() => setEditing(null)} />
    </div>
  )
}

/** Runs the review of a month now and says what changed. */
const TierReview = () => {
  const { t } = useTexts("tiers")
  const [period, setPeriod] = useState(shiftMonth(currentMonth(), -1))
  const review = useReviewTiers()
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="tier-review">
      <div>
        <Heading level="h2">{t("review.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("review.description")}
        </Text>
      </div>
      <div className="flex items-center gap-x-3">
        <MonthPicker id="review-period" value={period} onChange={setPeriod} />
        <Button
          size="small"
          isLoading={review.isPending}
          data-testid="run-tier-review"
          onClick={() =>
            review.mutate(period, {
              onError: (err) => toast.error(refusalText(err)),
            })
          }
        >
          {t("review.run")}
        </Button>
      </div>
      {review.data && (
        <Text size="small" data-testid="tier-review-result">
          {t("review.done", { count: review.data.changes.length, reviewed: review.data.reviewed, period: formatPeriod(review.data.period) })}
        </Text>
      )}
      <Text size="small" className="text-ui-fg-muted">
        {t("review.pinHint")}
      </Text>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.tiers",
  translationNs: "translation",
  rank: 13,
})

export const handle = {
  breadcrumb: () => adminText("menu.tiers"),
}

export default withQueryClient(TiersPage)
