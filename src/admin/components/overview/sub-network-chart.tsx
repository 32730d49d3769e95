import { useTexts } from "../../hooks/use-texts"
import type { OverviewPlanFigures } from "../../../types/sales-plan"
import type { DealerRef } from "../../../types/dealer-network"
import { PlanActualBars } from "../charts/plan-actual-bars"

/** Plan against actual per top-level sub-network, one row each. */
export const SubNetworkChart = ({
  rows,
  currency,
}: {
  rows: (OverviewPlanFigures & { dealer: DealerRef })[]
  currency: string
}) => {
  const { t } = useTexts("overview")
  return (
    <PlanActualBars
      rows={rows.map((row) => ({
        name: row.dealer.code,
        fullName: `${row.dealer.code} · ${row.dealer.name}`,
        plan: Number(row.target_amount),
        actual: Number(row.actual_amount),
      }))}
      currency={currency}
      labels={{ plan: t("plan"), actual: t("actual"), chart: t("subNetworks.label") }}
      testId="overview-sub-networks-chart"
    />
  )
}
