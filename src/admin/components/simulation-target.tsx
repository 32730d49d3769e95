import { Input } from "@medusajs/ui"
import { useTexts } from "../hooks/use-texts"
import { formatPeriod, isRewardPeriod } from "../lib/dates"
import type { DealerRef } from "../../types/dealer-network"
import { DealerPicker } from "./dealer-picker"
import { Field } from "./field"

/** Whom and when a reward simulation is for: a dealer, and a period as the program counts them. */
export const SimulationTarget = ({
  idPrefix,
  dealer,
  onDealer,
  period,
  onPeriod,
  className,
}: {
  idPrefix: string
  dealer: DealerRef | null
  onDealer: (dealer: DealerRef | null) => void
  period: string
  onPeriod: (period: string) => void
  className?: string
}) => {
  const { t } = useTexts("rules")
  const valid = isRewardPeriod(period.trim())
  // The period typed as a key, read back in words: "2026-Q4" is "Q4 2026".
  const hint = (
    <>
      {valid && <span className="text-ui-fg-base block">{formatPeriod(period.trim())}</span>}
      {t("sim.periodHint")}
    </>
  )
  return (
    <div className={className}>
      <Field id={`${idPrefix}-dealer`} label={t("sim.dealer")}>
        <DealerPicker id={`${idPrefix}-dealer`} value={dealer} onChange={onDealer} />
      </Field>
      <Field id={`${idPrefix}-period`} label={t("sim.period")} hint={hint}>
        <Input
          id={`${idPrefix}-period`}
          size="small"
          value={period}
          onChange={(e) => onPeriod(e.target.value)}
          aria-invalid={!valid}
          autoComplete="off"
        />
      </Field>
    </div>
  )
}
