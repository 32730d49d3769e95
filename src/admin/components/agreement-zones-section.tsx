import { Trash } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useTerritoryOptions } from "../hooks/use-dealer-rating"
import { useCreateZone, useDealerZones, useDeleteZone } from "../hooks/use-dealer-zones"
import { useTexts } from "../hooks/use-texts"
import { contractFormats } from "../lib/agreement-text"
import { errorMessage } from "../lib/errors"
import { DrawerForm } from "./form/drawer-form"
import { DateField, SelectField, SwitchField } from "./form/fields"
import { MultiPickerField, PICKER_SOURCES } from "./form/multi-picker-field"
import { formResolver } from "./form/schema"

/**
 * The dealer's zones of responsibility beside its contract: the territory and
 * assortment the agreement covers, exclusive or not; add and remove them here.
 */
export const AgreementZonesSection = ({ dealer }: { dealer: { id: string; currency_code: string } }) => {
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
      toast.error(errorMessage(err))
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
      <Drawer open={adding} onOpenChange={setAdding}>
        <Drawer.Content aria-describedby={undefined}>
          {adding && <ZoneForm dealerId={dealer.id} onDone={() => setAdding(false)} />}
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

const ZoneForm = ({ dealerId, onDone }: { dealerId: string; onDone: () => void }) => {
  const { t } = useTexts("contracts")
  const schema = useMemo(
    () =>
      z.object({
        territory_id: z.string().min(1, t("form.required")),
        is_exclusive: z.boolean(),
        starts_at: z.string().min(1, t("form.required")),
        ends_at: z.string().transform((value) => value || null),
        product_category_ids: z.array(z.string()),
      }),
    [t]
  )
  const form = useForm({
    resolver: formResolver(schema),
    defaultValues: {
      territory_id: "",
      is_exclusive: false,
      starts_at: new Date().toISOString().slice(0, 10),
      ends_at: "",
      product_category_ids: [] as string[],
    },
  })
  const territories = useTerritoryOptions()
  const create = useCreateZone(dealerId)
  const categories = useMemo(() => ({ ...PICKER_SOURCES.categories, placeholder: t("zones.searchCategories") }), [t])

  return (
    <DrawerForm
      form={form}
      title={t("zones.add")}
      submitLabel={t("zones.addSubmit")}
      submitTestId="zone-form-submit"
      onSubmit={async (values) => {
        await create.mutateAsync(values)
        onDone()
      }}
    >
      <SelectField
        name="territory_id"
        id="zone-territory"
        label={t("zones.territory")}
        triggerTestId="zone-territory"
        placeholder={t("zones.pickTerritory")}
        options={(territories.data?.territories ?? []).map((territory) => ({
          value: territory.id,
          label: `${territory.name} (${territory.code})`,
        }))}
      />
      <MultiPickerField
        name="product_category_ids"
        id="zone-categories"
        label={t("zones.assortment")}
        hint={t("zones.assortmentHint")}
        source={categories}
      />
      <SwitchField name="is_exclusive" id="zone-exclusive" label={t("zones.exclusive")} hint={t("zones.exclusiveHint")} />
      <div className="grid grid-cols-2 gap-4">
        <DateField name="starts_at" id="zone-starts" label={t("zones.startsAt")} required />
        <DateField name="ends_at" id="zone-ends" label={t("zones.endsAt")} optional />
      </div>
    </DrawerForm>
  )
}
