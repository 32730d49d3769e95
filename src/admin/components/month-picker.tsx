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
      {/* The browser writes a month input's value in its own language: the month is shown over it in the admin's. */}
      <div className="relative">
        <Input
          id={id}
          size="small"
          type="month"
          aria-label={t("month")}
          className="w-44 text-transparent"
          value={value}
          onChange={(e) => {
            if (isMonthKey(e.target.value)) onChange(e.target.value)
          }}
        />
        <span
          aria-hidden
          className="txt-compact-small text-ui-fg-base pointer-events-none absolute inset-y-0 left-2 flex items-center"
          data-testid="month-picker-label"
        >
          {formatMonth(value)}
        </span>
      </div>
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
