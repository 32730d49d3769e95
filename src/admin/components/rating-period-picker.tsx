import { TriangleLeftMini, TriangleRightMini } from "@medusajs/icons"
import { IconButton, Select, Text } from "@medusajs/ui"
import { useTexts } from "../hooks/use-texts"
import { formatPeriod, shiftMonth } from "../lib/dates"
import { MonthPicker } from "./month-picker"

const isQuarter = (period: string) => period.includes("-Q")

/** The quarter holding a month: "2026-11" → "2026-Q4". */
export const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`

/** The last month of a quarter: "2026-Q4" → "2026-12". */
const lastMonthOf = (quarter: string) => `${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3).padStart(2, "0")}`

const shiftQuarter = (quarter: string, by: number) => quarterOf(shiftMonth(lastMonthOf(quarter), by * 3))

/** A rating period: a month, or a quarter with buttons for the previous and the next one. */
export const RatingPeriodPicker = ({ value, onChange }: { value: string; onChange: (period: string) => void }) => {
  const { t } = useTexts("rating")
  return (
  <div className="flex items-center gap-x-2" data-testid="rating-period-picker">
    <div className="w-28">
      <Select
        size="small"
        value={isQuarter(value) ? "quarter" : "month"}
        onValueChange={(type) => {
          if (type === "quarter" && !isQuarter(value)) onChange(quarterOf(value))
          if (type === "month" && isQuarter(value)) onChange(lastMonthOf(value))
        }}
      >
        <Select.Trigger aria-label={t("periodType")} data-testid="rating-period-type">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value="month">{t("month")}</Select.Item>
          <Select.Item value="quarter">{t("quarter")}</Select.Item>
        </Select.Content>
      </Select>
    </div>
    {isQuarter(value) ? (
      <div className="flex items-center gap-x-1">
        <IconButton size="small" variant="transparent" type="button" aria-label={t("previousQuarter")} onClick={() => onChange(shiftQuarter(value, -1))}>
          <TriangleLeftMini />
        </IconButton>
        <Text size="small" weight="plus" className="w-20 text-center tabular-nums" data-testid="rating-quarter">
          {formatPeriod(value)}
        </Text>
        <IconButton size="small" variant="transparent" type="button" aria-label={t("nextQuarter")} onClick={() => onChange(shiftQuarter(value, 1))}>
          <TriangleRightMini />
        </IconButton>
      </div>
    ) : (
      <MonthPicker id="rating-period" value={value} onChange={onChange} />
    )}
  </div>
  )
}
