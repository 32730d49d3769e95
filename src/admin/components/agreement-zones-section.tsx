import { Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useDealerZones, useDeleteZone } from "../hooks/use-dealer-zones"
import { useTexts } from "../hooks/use-texts"
import { contractFormats } from "../lib/agreement-text"
import { errorMessage, refusalText } from "../lib/errors"
import type { DealerRef } from "../../types/dealer-network"
import { ZoneDrawer } from "./zone-form"

/**
 * The dealer's zones of responsibility beside its contract: the territory and
 * assortment the agreement covers, exclusive or not; add and remove them here.
 */
export const AgreementZonesSection = ({ dealer }: { dealer: DealerRef & { currency_code: string } }) => {
  const { t, locale } = useTexts("contracts")
  const format = contractFormats(locale, dealer.currency_code)
  const { data, isError, error } = useDealerZones(dealer.id)
  const remove = useDeleteZone(dealer.id)
  const prompt = usePrompt()
  const [adding, setAdding] = useState(false)
  const zones = data?.zones ?? []

  const onRemove = async (zoneId: string, territory: string) => {
    const confirmed = await prompt({
      title: t("zones.removeTitle", { territory }),
      description: t("zones.removeDescription"),
      confirmText: t("zones.remove"),
      cancelText: t("actions.cancel"),
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(zoneId)
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="agreement-zones-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("zones.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("zones.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)} data-testid="add-zone">
          {t("zones.add")}
        </Button>
      </div>
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !zones.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("zones.empty")}
        </Text>
      )}
      {zones.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("zones.territory")}</Table.HeaderCell>
              <Table.HeaderCell>{t("zones.assortment")}</Table.HeaderCell>
              <Table.HeaderCell>{t("zones.validity")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {zones.map((zone) => {
              const territory = zone.territory ? `${zone.territory.name} (${zone.territory.code})` : "…"
              const categories = (zone.categories ?? []).map((c) => c.product_category?.name ?? "…")
              return (
                <Table.Row key={zone.id} data-testid="agreement-zone-row">
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <span>{territory}</span>
                      {zone.is_exclusive && (
                        <Badge size="2xsmall" color="purple">
                          {t("zones.exclusive")}
                        </Badge>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="max-w-[240px] truncate" title={categories.join(", ")}>
                    {categories.length ? categories.join(", ") : t("zones.wholeAssortment")}
                  </Table.Cell>
                  <Table.Cell>
                    {format.date(zone.starts_at)} – {zone.ends_at ? format.date(zone.ends_at) : t("values.openEnded")}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={t("zones.remove")}
                      onClick={() => onRemove(zone.id, territory)}
                    >
                      <Trash />
                    </IconButton>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <ZoneDrawer open={adding} dealer={dealer} onClose={() => setAdding(false)} />
    </Container>
  )
}
