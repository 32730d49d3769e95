import { clx, Text } from "@medusajs/ui"
import { useTexts } from "../hooks/use-texts"
import { formatPercent } from "../lib/numbers"

const clamp = (value: number) => Math.max(0, Math.min(100, value))

/**
 * Attainment as a bar: the fill is actual ÷ plan, the tick where the plan
 * expects the dealer to be today. Red when behind that mark.
 */
export const AttainmentBar = ({
  percent,
  expectedPercent,
  behind,
  size = "base",
  showLabel = true,
}: {
  percent: string | number | null | undefined
  /** Where the dealer should be today (expected ÷ plan × 100). */
  expectedPercent?: number | null
  behind?: boolean
  size?: "small" | "base"
  showLabel?: boolean
}) => {
  const { t } = useTexts("overview")
  const value = percent === null || percent === undefined ? null : Number(percent)
  const fill = value === null || !Number.isFinite(value) ? 0 : clamp(value)
  return (
    <div className="flex min-w-0 items-center gap-x-2" data-testid="attainment-bar">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value ?? undefined}
        aria-label={t("attainment")}
        className={clx(
          "bg-ui-bg-component relative w-full min-w-[64px] overflow-hidden rounded-full",
          size === "small" ? "h-1.5" : "h-2.5"
        )}
      >
        <div
          className={clx(
            "h-full rounded-full transition-[width]",
            value === null
              ? "bg-ui-tag-neutral-icon"
              : behind
                ? "bg-ui-tag-red-icon"
                : fill >= 100
                  ? "bg-ui-tag-green-icon"
                  : "bg-ui-tag-blue-icon"
          )}
          style={{ width: `${fill}%` }}
        />
        {expectedPercent !== null && expectedPercent !== undefined && Number.isFinite(expectedPercent) && (
          <div
            className="bg-ui-fg-base absolute inset-y-0 w-0.5"
            style={{ left: `calc(${clamp(expectedPercent)}% - 1px)` }}
            title={t("expectedToday", { percent: formatPercent(expectedPercent) })}
          />
        )}
      </div>
      {showLabel && (
        <Text size="small" leading="compact" className="w-14 shrink-0 text-right tabular-nums">
          {formatPercent(value)}
        </Text>
      )}
    </div>
  )
}
