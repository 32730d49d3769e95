import { TriangleLeftMini, TriangleRightMini } from "@medusajs/icons"
import { IconButton, Select } from "@medusajs/ui"
import { useTexts } from "../hooks/use-texts"
import { currentMonth, formatMonth, shiftMonth } from "../lib/dates"

/** A month ("YYYY-MM") with buttons for the previous and the next one. */
export const MonthPicker = ({
  value,
  onChange,
  id = "period",
}: {
  value: string
  onChange: (period: string) => void
  id?: string
}) => {
  const { t } = useTexts("common")
  return (
    <div className="flex items-center gap-x-1" data-testid="month-picker">
      <IconButton
        size="small"
        variant="transparent"
        type="button"
        aria-label={t("previousMonth", { month: formatMonth(shiftMonth(value, -1)) })}
        onClick={() => onChange(shiftMonth(value, -1))}
      >
        <TriangleLeftMini />
      </IconButton>
      <Select size="small" value={value} onValueChange={onChange}>
        <Select.Trigger id={id} aria-label={t("month")} className="w-44">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {monthsAround(value).map((month) => (
            <Select.Item key={month} value={month}>
              {formatMonth(month)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <IconButton
        size="small"
        variant="transparent"
        type="button"
        aria-label={t("nextMonth", { month: formatMonth(shiftMonth(value, 1)) })}
        onClick={() => onChange(shiftMonth(value, 1))}
      >
        <TriangleRightMini />
      </IconButton>
    </div>
  )
}

/** Three years back to a year ahead of today, newest first, and the chosen month wherever it is. */
function monthsAround(chosen: string): string[] {
  const today = currentMonth()
  const months = Array.from({ length: 49 }, (_, index) => shiftMonth(today, 12 - index))
  return months.includes(chosen) ? months : [chosen, ...months].sort().reverse()
}
