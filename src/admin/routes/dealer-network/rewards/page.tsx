import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { ClosePeriodButton } from "../../../components/close-period-button"
import { ALL } from "../../../components/filter-select"
import { ACCRUAL_STATUSES } from "../../../../types/rewards"
import { withQueryClient } from "../../../lib/query-client"
import type { AccrualStatus } from "../../../../types/rewards"
import { AccrualFilters, AccrualsTab } from "./accruals-tab"
import { PayoutsTab } from "./payouts-tab"
import { ProgramsTab } from "./programs-tab"
import { useTexts } from "../../../hooks/use-texts"
import { adminText } from "../../../lib/locale"

type Tab = "accruals" | "programs" | "payouts"
const TABS: Tab[] = ["accruals", "programs", "payouts"]

const isAccrualStatus = (value: string | null): value is AccrualStatus =>
  !!value && (ACCRUAL_STATUSES as readonly string[]).includes(value)

const DealerRewardsPage = () => {
  const [params, setParams] = useSearchParams()
  const { t } = useTexts("payouts")
  const { t: texts } = useTexts("rewards")
  const tab: Tab = TABS.find((name) => name === params.get("tab")) ?? "accruals"
  const status = params.get("status")
  const filters: AccrualFilters = {
    // Pending first: that is what waits for a decision.
    status: status === ALL ? ALL : isAccrualStatus(status) ? status : "pending",
    period: params.get("period") ?? "",
    program_id: params.get("program_id") ?? "",
    dealer_id: params.get("dealer_id") ?? "",
  }

  const update = (patch: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )

  return (
    <Tabs value={tab} onValueChange={(value) => update({ tab: value === "accruals" ? null : value })}>
      <div className="flex flex-col gap-y-3">
        <Container className="divide-y p-0">
          <div className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
            <div>
              <Heading>{texts("heading")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {texts("description")}
              </Text>
            </div>
            <ClosePeriodButton
              onClosed={(close) =>
                update({ tab: null, period: close.period, status: "pending", program_id: null, dealer_id: null })
              }
            />
          </div>
          <div className="px-6 py-3">
            <Tabs.List>
              <Tabs.Trigger value="accruals">{texts("tabs.accruals")}</Tabs.Trigger>
              <Tabs.Trigger value="programs">{texts("tabs.programs")}</Tabs.Trigger>
              <Tabs.Trigger value="payouts">{t("tab")}</Tabs.Trigger>
            </Tabs.List>
          </div>
        </Container>
        <Tabs.Content value="accruals">
          <AccrualsTab
            filters={filters}
            setFilters={(patch) =>
              update(
                Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value === "" ? null : value]))
              )
            }
          />
        </Tabs.Content>
        <Tabs.Content value="programs">
          <ProgramsTab />
        </Tabs.Content>
        <Tabs.Content value="payouts">
          <PayoutsTab />
        </Tabs.Content>
      </div>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.rewards",
  translationNs: "translation",
  rank: 4,
})

export const handle = {
  breadcrumb: () => adminText("rewards.breadcrumb"),
}

export default withQueryClient(DealerRewardsPage)
