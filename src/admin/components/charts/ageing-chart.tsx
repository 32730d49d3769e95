import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { adminLocale } from "../../lib/locale"
import { formatMoney } from "../../lib/numbers"
import { AGEING_BUCKETS, type AgeingBucket, type ReceivablesAgeing } from "../../../types/wholesale"

/** Bar colours of the buckets: older is redder, as in the ageing bar. */
const BUCKET_COLORS: Record<AgeingBucket, string> = {
  current: "var(--tag-green-icon)",
  overdue_1_30: "var(--tag-orange-icon)",
  overdue_31_60: "var(--tag-red-icon)",
  overdue_61_90: "var(--fg-error)",
  overdue_over_90: "var(--fg-base)",
}

/** What is owed in one currency, one bar per ageing bucket (current, 1–30, 31–60, 61–90, 90+ days overdue). */
export const AgeingChart = ({
  ageing,
  bucketLabels,
  label,
}: {
  ageing: ReceivablesAgeing
  bucketLabels: Record<AgeingBucket, string>
  label: string
}) => {
  const currency = ageing.currency_code
  const compact = new Intl.NumberFormat(adminLocale(), { notation: "compact", style: "currency", currency: currency.toUpperCase() })
  // Recharts draws numbers; the amounts shown in words stay decimal strings.
  const rows = AGEING_BUCKETS.map((bucket) => {
    const amount = Number(ageing[bucket])
    const text = formatMoney(ageing[bucket], currency)
    // Each bar says its amount above it, so nobody reads it off the axis; an empty bucket says nothing.
    return { bucket, name: bucketLabels[bucket], amount, text, label: amount ? text : "" }
  })
  return (
    <div className="h-56 w-full" data-testid={`ageing-chart-${currency}`} role="img" aria-label={`${label}: ${rows.map((row) => `${row.name} ${row.text}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--border-base)" vertical={false} />
          <XAxis dataKey="name" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "var(--fg-base)" }} />
          <YAxis tickLine={false} axisLine={false} width={72} tick={{ fontSize: 12, fill: "var(--fg-subtle)" }} tickFormatter={(value: number) => compact.format(value)} />
          <Tooltip
            cursor={{ fill: "var(--bg-base-hover)" }}
            formatter={(_value, _name, item) => [item.payload.text, label]}
            contentStyle={{ borderRadius: 8, borderColor: "var(--border-base)", fontSize: 12 }}
          />
          <Bar dataKey="amount" radius={[4, 4, 0, 0]} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.bucket} fill={BUCKET_COLORS[row.bucket]} />
            ))}
            <LabelList dataKey="label" position="top" style={{ fontSize: 12, fill: "var(--fg-base)" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
