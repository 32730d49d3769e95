import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { formatMoney } from "../../lib/numbers"
import { adminLocale } from "../../lib/locale"
import { LEGEND } from "./legend"

const BAR_HEIGHT = 44

export type PlanActualRow = { name: string; fullName: string; plan: number; actual: number }

/** Plan against actual as horizontal bars, one row per group (a sub-network, a territory). */
export const PlanActualBars = ({
  rows,
  currency,
  labels,
  testId,
}: {
  rows: PlanActualRow[]
  currency: string
  labels: { plan: string; actual: string; chart: string }
  testId: string
}) => {
  const compact = new Intl.NumberFormat(adminLocale(), { notation: "compact", style: "currency", currency: currency.toUpperCase() })
  return (
    <div style={{ height: Math.max(160, rows.length * BAR_HEIGHT + 64) }} className="w-full" data-testid={testId} role="img" aria-label={labels.chart}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 32, bottom: 0, left: 8 }} barGap={2}>
          <CartesianGrid stroke="var(--border-base)" horizontal={false} />
          <XAxis type="number" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "var(--fg-subtle)" }} tickFormatter={(value: number) => compact.format(value)} />
          <YAxis type="category" dataKey="name" tickLine={false} axisLine={false} width={96} tick={{ fontSize: 12, fill: "var(--fg-base)" }} />
          <Tooltip
            formatter={(value, name) => [formatMoney(value as number, currency), name]}
            labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName}
            contentStyle={{ borderRadius: 8, borderColor: "var(--border-base)", fontSize: 12 }}
          />
          <Legend {...LEGEND} />
          <Bar dataKey="plan" name={labels.plan} fill="var(--border-strong)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
          <Bar dataKey="actual" name={labels.actual} fill="var(--fg-interactive)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
