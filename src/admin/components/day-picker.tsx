import { DatePicker } from "@medusajs/ui"
import { useMemo } from "react"
import { localDateOf, todayKey, toLocalInput } from "../lib/dates"

type DayPickerProps = {
  /** "2026-12-03", or "2026-12-03T09:00" with `withTime`; blank when none is picked. */
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  /** What the field is, for screen readers (the picker has no input a label could point at). */
  label: string
  /** Tests find the picker's segments inside the element with this test id. */
  testId: string
  withTime?: boolean
  invalid?: boolean
  disabled?: boolean
  size?: "small" | "base"
  className?: string
}

/**
 * A day (or a moment) picked with Medusa UI's date picker: its segments and
 * calendar follow the admin's language (the dashboard's I18nProvider), not the
 * browser's, as a native date input would. The value stays a plain key in the
 * browser's time zone: the day picked is the day sent.
 */
export const DayPicker = ({ value, onChange, onBlur, label, testId, withTime, invalid, disabled, size, className }: DayPickerProps) => {
  // One Date per value: the picker copies its value into its own state whenever the Date changes.
  const date = useMemo(() => localDateOf(value), [value])
  return (
    <div data-testid={testId} className={className}>
      <DatePicker
        aria-label={label}
        size={size}
        granularity={withTime ? "minute" : "day"}
        shouldCloseOnSelect={!withTime}
        value={date}
        onChange={(picked) => onChange(!picked ? "" : withTime ? toLocalInput(picked) : todayKey(picked))}
        onBlur={onBlur}
        isInvalid={invalid}
        isDisabled={disabled}
      />
    </div>
  )
}
