import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useDealerProgress } from "../hooks/use-dealer-plans"
import { useTexts } from "../hooks/use-texts"
import { currentMonth, shiftMonth } from "../lib/dates"
import { formatMoney } from "../lib/numbers"
import type { Dealer } from "../../types/dealer-network"
import { EmptyChart } from "./overview/month-curve-chart"
import { LEGEND } from "./charts/legend"

const MONTHS = 12

/** The dealer's plan against actual for each of the last 12 months, as bars. */
export const DealerMonthlyChart = ({ dealer }: { dealer: Dealer }) => {
  const { t, locale } = useTexts("charts")
  const last = currentMonth()
  const first = shiftMonth(last, 1 - MONTHS)
  // The months come from the progress of the two calendar years they span.
  const earlier = useDealerProgress(dealer.id, first.slice(0, 4))
  const later = useDealerProgress(dealer.id, last.slice(0, 4))
  const rows = [...(earlier.data?.progress.months ?? []), ...(later.data?.progress.months ?? [])]
  const byMonth = new Map(rows.map((row) => [row.period_key, row]))
  const currency = later.data?.progress.plan?.currency_code ?? earlier.data?.progress.plan?.currency_code ?? dealer.currency_code
  const monthName = new Intl.DateTimeFormat(locale, { month: "short", year: "2-digit", timeZone: "UTC" })
  const data = Array.from({ length: MONTHS }, (_, index) => {
    const period = shiftMonth(first, index)
    const row = byMonth.get(period)
    const [year, month] = period.split("-").map(Number)
    return {
      period,
      label: monthName.format(new Date(Date.UTC(year, month - 1, 1))),
      plan: Number(row?.target_amount ?? 0),
      actual: Number(row?.actual_amount ?? 0),
    }
  })
  const empty = data.every((row) => !row.plan && !row.actual)
  const compact = new Intl.NumberFormat(locale, { notation: "compact", style: "currency", currency: currency.toUpperCase() })

  return (
    <Container className="divide-y p-0" data-testid="dealer-monthly-chart">
      <div className="px-6 py-4">
        <Heading level="h2">{t("monthly.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("monthly.description")}
        </Text>
      </div>
      {earlier.isLoading || later.isLoading ? (
        <Skeleton className="mx-6 my-4 h-48" />
      ) : empty ? (
        <EmptyChart>{t("monthly.empty")}</EmptyChart>
      ) : (
        <div className="h-64 w-full px-2 py-4" role="img" aria-label={t("monthly.label")}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} barGap={2}>
              <CartesianGrid stroke="var(--border-base)" vertical={false} />
              <XAxis dataKey="label" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "var(--fg-subtle)" }} interval="preserveStartEnd" minTickGap={8} />
              <YAxis tickLine={false} axisLine={false} width={64} tick={{ fontSize: 12, fill: "var(--fg-subtle)" }} tickFormatter={(value: number) => compact.format(value)} />
              <Tooltip
                formatter={(value, name) => [formatMoney(value as number, currency), name]}
                contentStyle={{ borderRadius: 8, borderColor: "var(--border-base)", fontSize: 12 }}
              />
              <Legend {...LEGEND} />
              <Bar dataKey="plan" name={t("plan")} fill="var(--border-strong)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
              <Bar dataKey="actual" name={t("actual")} fill="var(--fg-interactive)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Container>
  )
}
