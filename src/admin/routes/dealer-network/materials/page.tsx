import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { getI18n } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { useTexts } from "../../../hooks/use-texts"
import { withQueryClient } from "../../../lib/query-client"
import { CatalogueTab } from "./catalogue-tab"
import { RequestsTab } from "./requests-tab"

type Tab = "catalogue" | "requests"

const DealerMaterialsPage = () => {
  const [params, setParams] = useSearchParams()
  const { t } = useTexts("materials")
  const tab: Tab = params.get("tab") === "requests" ? "requests" : "catalogue"
  const setTab = (value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (value === "requests") next.set("tab", "requests")
        else next.delete("tab")
        return next
      },
      { replace: true }
    )

  return (
    <Tabs value={tab} onValueChange={setTab}>
      <div className="flex flex-col gap-y-3">
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading>{t("heading")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("description")}
            </Text>
          </div>
          <div className="px-6 py-3">
            <Tabs.List>
              <Tabs.Trigger value="catalogue">{t("catalogue")}</Tabs.Trigger>
              <Tabs.Trigger value="requests" data-testid="materials-requests-tab">
                {t("requests")}
              </Tabs.Trigger>
            </Tabs.List>
          </div>
        </Container>
        <Tabs.Content value="catalogue">
          <CatalogueTab />
        </Tabs.Content>
        <Tabs.Content value="requests">
          <RequestsTab />
        </Tabs.Content>
      </div>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.materials",
  translationNs: "translation",
  rank: 7,
})

export const handle = {
  breadcrumb: () => getI18n().t("dealerNetwork.materials.breadcrumb"),
}

export default withQueryClient(DealerMaterialsPage)
