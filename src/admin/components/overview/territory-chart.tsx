import { useTexts } from "../../hooks/use-texts"
import type { OverviewPlanFigures } from "../../../types/sales-plan"
import type { TerritoryRef } from "../../../types/dealer-network"
import { PlanActualBars } from "../charts/plan-actual-bars"
import { EmptyChart } from "./month-curve-chart"

/** Plan against actual per top-level territory (country), one row each. */
export const TerritoryChart = ({
  rows,
  currency,
}: {
  rows: (OverviewPlanFigures & { territory: TerritoryRef })[]
  currency: string
}) => {
  const { t } = useTexts("charts")
  if (!rows.length) return <EmptyChart>{t("territories.empty")}</EmptyChart>
  return (
    <PlanActualBars
      rows={rows.map((row) => ({
        name: row.territory.name,
        fullName: `${row.territory.name} (${row.territory.code})`,
        plan: Number(row.target_amount),
        actual: Number(row.actual_amount),
      }))}
      currency={currency}
      labels={{ plan: t("plan"), actual: t("actual"), chart: t("territories.label") }}
      testId="overview-territories-chart"
    />
  )
}
