import { Badge, clx, Text } from "@medusajs/ui"
import { useTexts } from "../hooks/use-texts"
import { AGEING_FILLS, useLabels } from "../lib/labels"
import { AGEING_BUCKETS } from "../../types/wholesale"
import { countOf, formatMoney, formatPercent } from "../lib/numbers"
import type { ReceivableBalance } from "../../types/wholesale"

/**
 * A balance split by age as one stacked bar: current, 1–30, 31–60 and over
 * 60 days overdue, each segment as wide as its share of the balance.
 */
export const AgeingBar = ({
  balance,
  size = "base",
}: {
  balance: ReceivableBalance
  size?: "small" | "base"
}) => {
  const labels = useLabels()
  const total = Number(balance.outstanding)
  const segments = AGEING_BUCKETS.map((bucket) => ({
    bucket,
    share: total > 0 ? (Number(balance[bucket]) / total) * 100 : 0,
  })).filter((segment) => segment.share > 0)
  return (
    <div
      role="img"
      aria-label={AGEING_BUCKETS.map(
        (bucket) => `${labels.ageing[bucket]}: ${formatMoney(balance[bucket], balance.currency_code)}`
      ).join(", ")}
      className={clx(
        "bg-ui-bg-component flex w-full min-w-[64px] overflow-hidden rounded-full",
        size === "small" ? "h-1.5" : "h-2.5"
      )}
      data-testid="ageing-bar"
    >
      {segments.map(({ bucket, share }) => (
        <div
          key={bucket}
          className={clx("h-full", AGEING_FILLS[bucket])}
          style={{ width: `${share}%` }}
          title={`${labels.ageing[bucket]}: ${formatMoney(balance[bucket], balance.currency_code)} (${formatPercent(share)})`}
        />
      ))}
    </div>
  )
}

/** The colour swatch of an ageing bucket, for legends and table headers. */
export const AgeingSwatch = ({ bucket }: { bucket: (typeof AGEING_BUCKETS)[number] }) => (
  <span aria-hidden className={clx("inline-block size-2 shrink-0 rounded-full", AGEING_FILLS[bucket])} />
)

/** Days past due: a red badge when late, else "Not due". */
export const OverdueBadge = ({ days }: { days: number }) => {
  const { t } = useTexts("dealerPage")
  return days > 0 ? (
    <Badge size="2xsmall" color="red" data-testid="overdue-days">
      {countOf(days, "day")}
    </Badge>
  ) : (
    <Text size="small" className="text-ui-fg-muted" data-testid="overdue-days">
      {t("receivables.notDue")}
    </Text>
  )
}
