import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { DealerReceivablesResponse } from "medusa-plugin-dealer-network/client"
import { AGEING_BUCKETS } from "../../../../src/types/wholesale"
import { useLabels } from "../../../../src/admin/lib/labels"
import { formatMoney } from "../../lib/format"

type ReceivableBalance = DealerReceivablesResponse["balances"][number]

const FILLS = ["var(--tag-green-icon)", "var(--tag-orange-icon)", "var(--tag-red-icon)", "var(--fg-error)"]

/** A balance by days overdue: one bar per ageing bucket, current first. */
export function AgeingChart({ balance, label }: { balance: ReceivableBalance; label: string }) {
  const labels = useLabels()
  const data = AGEING_BUCKETS.map((bucket) => ({ name: labels.ageing[bucket], amount: Number(balance[bucket]) }))
  return (
    <div className="h-44 w-full" data-testid="ageing-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--border-base)" vertical={false} />
          <XAxis dataKey="name" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "var(--fg-subtle)" }} />
          <YAxis hide />
          <Tooltip
            formatter={(value) => formatMoney(value as number, balance.currency_code)}
            contentStyle={{ borderRadius: 8, borderColor: "var(--border-base)", fontSize: 12 }}
          />
          <Bar dataKey="amount" radius={[4, 4, 0, 0]} isAnimationActive={false}>
            {data.map((row, index) => (
              <Cell key={row.name} fill={FILLS[index]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
