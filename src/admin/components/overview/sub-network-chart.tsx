import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { formatMoney } from "../../lib/numbers"
import type { OverviewPlanFigures } from "../../../types/sales-plan"
import type { DealerRef } from "../../../types/dealer-network"
import { adminLocale } from "../../lib/locale"

const BAR_HEIGHT = 44

/** Plan against actual per top-level sub-network, one row each. */
export const SubNetworkChart = ({
  rows,
  currency,
}: {
  rows: (OverviewPlanFigures & { dealer: DealerRef })[]
  currency: string
}) => {
  const data = rows.map((row) => ({
    name: row.dealer.code,
    fullName: `${row.dealer.code} · ${row.dealer.name}`,
    plan: Number(row.target_amount),
    actual: Number(row.actual_amount),
  }))
  const compact = new Intl.NumberFormat(adminLocale(), { notation: "compact", style: "currency", currency: currency.toUpperCase() })
  return (
    <div style={{ height: Math.max(160, data.length * BAR_HEIGHT + 64) }} className="w-full" data-testid="overview-sub-networks-chart" role="img" aria-label="Plan against actual per sub-network">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} barGap={2}>
          <CartesianGrid stroke="var(--border-base)" horizontal={false} />
          <XAxis type="number" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "var(--fg-subtle)" }} tickFormatter={(value: number) => compact.format(value)} />
          <YAxis type="category" dataKey="name" tickLine={false} axisLine={false} width={96} tick={{ fontSize: 12, fill: "var(--fg-base)" }} />
          <Tooltip
            formatter={(value, name) => [formatMoney(value as number, currency), name]}
            labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName}
            contentStyle={{ borderRadius: 8, borderColor: "var(--border-base)", fontSize: 12 }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="plan" name="Plan" fill="var(--border-strong)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
          <Bar dataKey="actual" name="Actual" fill="var(--fg-interactive)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
