import { Badge, Button, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDealerZones } from "../hooks/use-dealer-zones"
import { useTexts } from "../hooks/use-texts"
import { formatValidity } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { humanize } from "../lib/labels"
import type { Dealer, Zone } from "../../types/dealer-network"
import { ZoneDrawer } from "./zone-form"

/** The dealer's zones of responsibility: territory × assortment, with dates; add one, or click one to edit it. */
export const DealerZonesSection = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("zones")
  const { t: page } = useTexts("dealerPage")
  const { t: territories } = useTexts("territories")
  const { data, isLoading, isError, error } = useDealerZones(dealer.id)
  const zones = data?.zones ?? []
  const [editing, setEditing] = useState<{ zone: Zone | null } | null>(null)

  return (
    <Container className="divide-y p-0" data-testid="dealer-zones-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{page("zones.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {page("zones.description")}
          </Text>
        </div>
        <Button size="small" variant="secondary" data-testid="add-dealer-zone" onClick={() => setEditing({ zone: null })}>
          {t("create")}
        </Button>
      </div>
      {isLoading && <Skeleton className="mx-6 my-4 h-10" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && zones.length === 0 && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {page("zones.none")}
        </Text>
      )}
      {zones.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{page("zones.territory")}</Table.HeaderCell>
              <Table.HeaderCell>{page("zones.exclusive")}</Table.HeaderCell>
              <Table.HeaderCell>{page("zones.validity")}</Table.HeaderCell>
              <Table.HeaderCell>{page("zones.categories")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {zones.map((zone) => {
              const categories = (zone.categories ?? []).map(
                (c) => c.product_category?.name ?? c.product_category_id
              )
              return (
                <Table.Row key={zone.id} className="cursor-pointer" onClick={() => setEditing({ zone })}>
                  <Table.Cell>
                    {zone.territory ? (
                      <span>
                        {zone.territory.name}{" "}
                        <span className="text-ui-fg-muted">
                          ({territories(`types.${zone.territory.type}`, { defaultValue: humanize(zone.territory.type) })} · {zone.territory.code})
                        </span>
                      </span>
                    ) : (
                      zone.territory_id
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {zone.is_exclusive ? (
                      <Badge size="2xsmall" color="purple">
                        {page("zones.exclusive")}
                      </Badge>
                    ) : (
                      page("zones.no")
                    )}
                  </Table.Cell>
                  <Table.Cell>{formatValidity(zone.starts_at, zone.ends_at)}</Table.Cell>
                  <Table.Cell className="max-w-[240px] truncate" title={categories.join(", ")}>
                    {categories.length ? categories.join(", ") : page("zones.wholeAssortment")}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <ZoneDrawer open={!!editing} zone={editing?.zone} dealer={dealer} onClose={() => setEditing(null)} />
    </Container>
  )
}
