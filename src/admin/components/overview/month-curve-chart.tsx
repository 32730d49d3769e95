import { Text } from "@medusajs/ui"
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useTexts } from "../../hooks/use-texts"
import { formatDay } from "../../lib/dates"
import { formatMoney } from "../../lib/numbers"
import type { MonthCurvePoint } from "../../../lib/month-curve"
import { adminLocale } from "../../lib/locale"
import { LEGEND } from "../charts/legend"

const ACTUAL = "var(--fg-interactive)"
const EXPECTED = "var(--fg-muted)"

/** The month day by day: sales so far (area) against the plan's expected line (dashed). */
export const MonthCurveChart = ({
  points,
  currency,
  testId = "overview-month-curve",
}: {
  points: MonthCurvePoint[]
  currency: string
  testId?: string
}) => {
  const { t } = useTexts("overview")
  const texts = { actual: t("curve.actual"), expected: t("curve.expected"), chart: t("curve.label") }
  const data = points.map((point) => ({
    day: Number(point.day.slice(8)),
    date: point.day,
    actual: point.actual_to_date === null ? null : Number(point.actual_to_date),
    expected: Number(point.expected_to_date),
  }))
  const compact = new Intl.NumberFormat(adminLocale(), { notation: "compact", style: "currency", currency: currency.toUpperCase() })
  return (
    <div className="h-64 w-full" data-testid={testId} role="img" aria-label={texts.chart}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--border-base)" vertical={false} />
          <XAxis dataKey="day" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "var(--fg-subtle)" }} interval="preserveStartEnd" />
          <YAxis
            tickLine={false}
            axisLine={false}
            width={64}
            tick={{ fontSize: 12, fill: "var(--fg-subtle)" }}
            tickFormatter={(value: number) => compact.format(value)}
          />
          <Tooltip
            formatter={(value, name) => [formatMoney(value as number, currency), name]}
            labelFormatter={(_, payload) => formatDay(payload?.[0]?.payload?.date)}
            contentStyle={{ borderRadius: 8, borderColor: "var(--border-base)", fontSize: 12 }}
          />
          <Legend iconType="plainline" {...LEGEND} />
          <Area type="monotone" dataKey="actual" name={texts.actual} stroke={ACTUAL} fill={ACTUAL} fillOpacity={0.12} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="expected" name={texts.expected} stroke={EXPECTED} strokeDasharray="4 4" dot={false} strokeWidth={2} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Said when a month has no plan and no sales. */
export const EmptyChart = ({ children }: { children: string }) => (
  <div className="flex h-32 items-center justify-center">
    <Text size="small" className="text-ui-fg-muted">
      {children}
    </Text>
  </div>
)
