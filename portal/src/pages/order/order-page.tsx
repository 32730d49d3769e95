import { Container, Heading, Tabs } from "@medusajs/ui"
import { useTexts } from "../../i18n"
import { CatalogTab } from "./catalog-tab"
import { QuickOrderPad } from "./quick-order-pad"

/** Ordering: the dealer's catalogue, and the quick-order pad for SKU lists. */
export function OrderPage() {
  const { t } = useTexts("order")
  return (
    <Container className="flex flex-col gap-y-4 p-6">
      <Heading>{t("title")}</Heading>
      <Tabs defaultValue="catalog">
        <Tabs.List>
          <Tabs.Trigger value="catalog">{t("tabs.catalog")}</Tabs.Trigger>
          <Tabs.Trigger value="quick">{t("tabs.quickOrder")}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="catalog" className="pt-4">
          <CatalogTab />
        </Tabs.Content>
        <Tabs.Content value="quick" className="pt-4">
          <QuickOrderPad />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}
