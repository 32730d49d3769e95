import { Text } from "@medusajs/ui"
import { useTexts } from "../hooks/use-texts"
import { formatMoney, formatNumber } from "../lib/numbers"

/** Seats taken of the capacity: "12 / 20" over a thin bar, full in orange. */
export const SeatsBar = ({ taken, capacity }: { taken: number; capacity: number }) => {
  const share = capacity > 0 ? Math.min(1, taken / capacity) : 0
  const { t } = useTexts("events")
  return (
    <div className="flex w-28 flex-col gap-y-1" title={t("seatsLeftTitle", { left: formatNumber(capacity - taken) })}>
      <span className="tabular-nums">
        {formatNumber(taken)} / {formatNumber(capacity)}
      </span>
      <div className="bg-ui-bg-component h-1.5 w-full overflow-hidden rounded-full">
        <div
          className={`h-full rounded-full ${share >= 1 ? "bg-ui-tag-orange-icon" : "bg-ui-tag-blue-icon"}`}
          style={{ width: `${share * 100}%` }}
        />
      </div>
    </div>
  )
}

/**
 * Who pays the seats' cost: the dealers' part and the manufacturer's, side
 * by side in one bar, with a legend. Display only: the figures come from the API.
 */
export const CostSplitBar = ({
  dealersPaid,
  manufacturerPaid,
  currency,
}: {
  dealersPaid: string
  manufacturerPaid: string
  currency: string
}) => {
  const dealers = Math.max(0, Number(dealersPaid))
  const manufacturer = Math.max(0, Number(manufacturerPaid))
  const total = dealers + manufacturer
  const { t } = useTexts("events")
  const parts = [
    { label: t("dealersPaid"), amount: dealersPaid, value: dealers, fill: "bg-ui-tag-blue-icon" },
    { label: t("manufacturerPaid"), amount: manufacturerPaid, value: manufacturer, fill: "bg-ui-tag-purple-icon" },
  ]
  return (
    <div className="flex flex-col gap-y-2" data-testid="event-cost-bar">
      {total > 0 && (
        <div className="bg-ui-bg-component flex h-3 w-full overflow-hidden rounded-full">
          {parts.map((part) => (
            <div key={part.label} className={`h-full ${part.fill}`} style={{ width: `${(part.value / total) * 100}%` }} />
          ))}
        </div>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {parts.map((part) => (
          <div key={part.label} className="flex items-center gap-x-1.5">
            <span className={`inline-block h-2 w-2 rounded-full ${part.fill}`} />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {part.label} {formatMoney(part.amount, currency)}
              {total > 0 ? ` · ${Math.round((part.value / total) * 100)}%` : ""}
            </Text>
          </div>
        ))}
      </div>
    </div>
  )
}
