import { Table, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useTexts } from "../hooks/use-texts"
import { useLabels } from "../lib/labels"
import { formatMoney, formatNumber, formatPercent, formatScore } from "../lib/numbers"
import type { DealerRatingEntry, RatingComponent, RatingComponentScore } from "../../types/engagement"

/** A component's raw figure as it reads: a percent, money, days or a count; "No data" when there is none. */
export function formatRaw(score: RatingComponentScore, currency: string, t: ReturnType<typeof useTexts>["t"]): string {
  if (score.raw === null) return t("noData")
  switch (score.component as RatingComponent) {
    case "plan_attainment":
    case "sales_growth":
    case "focus_share":
      return formatPercent(score.raw, { signed: score.component === "sales_growth" })
    case "average_order_value":
      return formatMoney(score.raw, currency)
    case "payment_discipline":
      return Number(score.raw) === 0 ? t("nothingOverdue") : t("daysOverdue", { days: formatNumber(score.raw) })
    default:
      return formatNumber(score.raw)
  }
}

/** Points of each component out of what its weight allows, as a horizontal bar each. */
export const RatingBreakdownChart = ({ entry }: { entry: DealerRatingEntry }) => {
  const { t } = useTexts("rating")
  const labels = useLabels()
  const totalWeight = entry.components.reduce((sum, c) => sum + c.weight, 0) || 1
  const data = entry.components
    .filter((c) => c.weight > 0)
    .map((c) => ({
      name: labels.ratingComponent[c.component],
      points: Number(c.points),
      max: Math.round((c.weight / totalWeight) * 10000) / 100,
    }))
  return (
    <div className="h-56 w-full" data-testid="rating-breakdown-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} barGap={-14}>
          <CartesianGrid horizontal={false} stroke="var(--border-base)" />
          <XAxis type="number" tick={{ fontSize: 11, fill: "var(--fg-muted)" }} stroke="var(--border-base)" tickLine={false} />
          <YAxis
            type="category"
            dataKey="name"
            width={170}
            tick={{ fontSize: 12, fill: "var(--fg-subtle)" }}
            axisLine={false}
            tickLine={false}
          />
          <Tooltip
            cursor={{ fill: "var(--bg-subtle)" }}
            contentStyle={{
              background: "var(--bg-base)",
              border: "1px solid var(--border-base)",
              borderRadius: 8,
              fontSize: 12,
              color: "var(--fg-base)",
            }}
            formatter={(value, key) => [formatScore(value as number), key === "max" ? t("weightAllows") : t("points")]}
          />
          {/* The weight's share behind, the points earned on top. */}
          <Bar dataKey="max" barSize={14} fill="var(--bg-component)" stroke="var(--border-base)" radius={3} isAnimationActive={false} />
          <Bar dataKey="points" barSize={14} fill="var(--bg-interactive)" radius={3} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Each component: the dealer's figure, its 0–100 value, the weight and the points it adds. */
export const RatingBreakdownTable = ({ entry }: { entry: DealerRatingEntry }) => {
  const { t } = useTexts("rating")
  const labels = useLabels()
  return (
  <Table data-testid="rating-breakdown-table">
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>{t("colComponent")}</Table.HeaderCell>
        <Table.HeaderCell>{t("colFigure")}</Table.HeaderCell>
        <Table.HeaderCell className="text-right">{t("colScaled")}</Table.HeaderCell>
        <Table.HeaderCell className="text-right">{t("colWeight")}</Table.HeaderCell>
        <Table.HeaderCell className="text-right">{t("points")}</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {entry.components.map((c) => (
        <Table.Row key={c.component} data-testid={`rating-component-${c.component}`}>
          <Table.Cell>
            <div className="flex flex-col py-1">
              <Text size="small" weight="plus" leading="compact">
                {labels.ratingComponent[c.component]}
              </Text>
              <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                {labels.ratingComponentHint[c.component]}
              </Text>
            </div>
          </Table.Cell>
          <Table.Cell className={c.raw === null ? "text-ui-fg-muted" : "tabular-nums"}>{formatRaw(c, entry.currency_code, t)}</Table.Cell>
          <Table.Cell className="text-right tabular-nums">{formatScore(c.normalised)}</Table.Cell>
          <Table.Cell className="text-right tabular-nums">{formatNumber(c.weight)}</Table.Cell>
          <Table.Cell className="text-right tabular-nums font-medium">{formatScore(c.points)}</Table.Cell>
        </Table.Row>
      ))}
      <Table.Row>
        <Table.Cell className="font-medium">{t("colScore")}</Table.Cell>
        <Table.Cell />
        <Table.Cell />
        <Table.Cell />
        <Table.Cell className="text-right tabular-nums font-medium" data-testid="rating-score-total">
          {formatScore(entry.score)}
        </Table.Cell>
      </Table.Row>
    </Table.Body>
  </Table>
  )
}
