import type { DealerDeviationAlert } from "../../types/sales-plan"
import { formatMoney, formatPercent } from "../lib/numbers"
import { useTexts } from "./use-texts"

/** What a deviation check measured, in a sentence with the figures in the user's language (the admin's and the portal's). */
export function useAlertFigures() {
  const { t } = useTexts("alerts")
  return (alert: Pick<DealerDeviationAlert, "kind" | "figures">) => {
    const f = alert.figures
    const money = (value?: string | null) => formatMoney(value, f.currency_code)
    if (alert.kind === "volume_commitment") {
      const agreement = f.agreement_number ?? ""
      const units = f.units && t("figures.volume_commitment_units", { count: Number(f.units.shortfall), agreement })
      const amount = f.shortfall && t("figures.volume_commitment", { shortfall: money(f.shortfall), agreement })
      return [amount, units].filter(Boolean).join("; ")
    }
    if (alert.kind === "projection_miss") {
      return t("figures.projection_miss", {
        projected: money(f.projected),
        gap: money(f.projected_gap?.replace(/^-/, "")),
        target: money(f.target_amount),
      })
    }
    return t("figures.behind_plan", {
      actual: money(f.actual_to_date),
      expected: money(f.expected_to_date),
      deviation: formatMoney(f.deviation, f.currency_code, { signed: true }),
      percent: formatPercent(f.deviation_percent, { signed: true }),
    })
  }
}
