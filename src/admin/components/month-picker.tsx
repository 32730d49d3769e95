import { TriangleLeftMini, TriangleRightMini } from "@medusajs/icons"
import { IconButton, Input } from "@medusajs/ui"
import { useTexts } from "../hooks/use-texts"
import { formatMonth, isMonthKey, shiftMonth } from "../lib/dates"

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
      <Input
        id={id}
        size="small"
        type="month"
        aria-label={t("month")}
        className="w-40"
        value={value}
        onChange={(e) => {
          if (isMonthKey(e.target.value)) onChange(e.target.value)
        }}
      />
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
