import { Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { useTexts } from "../../i18n"
import { ContestsTab } from "./contests-tab"
import { EventsTab } from "./events-tab"
import { MaterialsTab } from "./materials-tab"
import { RatingTab } from "./rating-tab"

const TABS = ["events", "materials", "contests", "rating"] as const
type Tab = (typeof TABS)[number]

/** Events, marketing materials for points, contests and the rating; the tab is kept in the address. */
export function SupportPage() {
  const { t } = useTexts("support")
  const [params, setParams] = useSearchParams()
  const tab: Tab = TABS.find((name) => name === params.get("tab")) ?? "events"
  return (
    <>
      <div>
        <Heading>{t("title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("description")}</Text>
      </div>
      <Tabs value={tab} onValueChange={(value) => setParams({ tab: value }, { replace: true })}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Trigger key={name} value={name}>{t(`tabs.${name}`)}</Tabs.Trigger>
          ))}
        </Tabs.List>
        <div className="mt-4 flex flex-col gap-y-4">
          {tab === "events" && <EventsTab />}
          {tab === "materials" && <MaterialsTab />}
          {tab === "contests" && <ContestsTab />}
          {tab === "rating" && <RatingTab />}
        </div>
      </Tabs>
    </>
  )
}
