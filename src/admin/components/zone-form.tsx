import { Drawer, toast } from "@medusajs/ui"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { useSaveZone, useTerritories } from "../hooks/use-network-editing"
import { useTexts } from "../hooks/use-texts"
import { adminText } from "../lib/locale"
import type { DealerRef, Zone } from "../../types/dealer-network"
import { DealerPicker } from "./dealer-picker"
import { Field } from "./field"
import { DrawerForm } from "./form/drawer-form"
import { DateField, SelectField, SwitchField, TextareaField } from "./form/fields"
import { MultiPickerField, PICKER_SOURCES } from "./form/multi-picker-field"
import { formResolver, optionalText, requiredText } from "./form/schema"

const schema = z.object({
  dealer: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable().refine(Boolean, { error: () => adminText("zones.form.pickDealer") }),
  territory_id: requiredText,
  product_category_ids: z.array(z.string()),
  is_exclusive: z.boolean(),
  starts_at: requiredText,
  ends_at: optionalText,
  note: optionalText,
})

/** A zone's day as a date input's value: the API keeps moments, zones start and end on days. */
const dayOf = (moment: string | null | undefined) => moment?.slice(0, 10) ?? ""

export type ZoneFormProps = {
  /** The zone to edit; none to create one. */
  zone?: Zone | null
  /** A fixed dealer (e.g. the contract's): no dealer picker. */
  dealer?: DealerRef | null
  onDone: (zone: Zone) => void
}

/**
 * A zone of responsibility's form, for a drawer: dealer, territory, product
 * categories, exclusivity and dates; the API's refusal (an overlap names the
 * other dealer) shows at the field. Reusable wherever zones are edited.
 */
export const ZoneForm = ({ zone, dealer, onDone }: ZoneFormProps) => {
  const { t } = useTexts("zones")
  const territories = useTerritories()
  const save = useSaveZone(zone?.id)
  const fixedDealer = dealer ?? zone?.dealer ?? null
  const form = useForm({
    resolver: formResolver(schema),
    defaultValues: {
      dealer: fixedDealer,
      territory_id: zone?.territory_id ?? "",
      product_category_ids: zone?.categories?.map((c) => c.product_category_id) ?? [],
      is_exclusive: zone?.is_exclusive ?? false,
      starts_at: dayOf(zone?.starts_at) || new Date().toISOString().slice(0, 10),
      ends_at: dayOf(zone?.ends_at),
      note: zone?.note ?? "",
    },
  })

  return (
    <DrawerForm
      form={form}
      title={zone ? t("form.editTitle", { dealer: fixedDealer?.code ?? "" }) : t("form.createTitle")}
      submitLabel={t("form.save")}
      submitTestId="save-zone"
      errorTestId="zone-error"
      onSubmit={async ({ dealer: picked, ...values }) => {
        const { zone: saved } = await save.mutateAsync({ ...values, ...(!zone && { dealer_id: picked!.id }) })
        toast.success(t("form.saved"))
        onDone(saved)
      }}
    >
      {!fixedDealer && (
        <Controller
          control={form.control}
          name="dealer"
          render={({ field, fieldState }) => (
            <Field id="zone-dealer" label={t("form.dealer")} error={fieldState.error?.message}>
              <DealerPicker id="zone-dealer" value={field.value} onChange={field.onChange} />
            </Field>
          )}
        />
      )}
      <SelectField
        name="territory_id"
        id="zone-territory"
        label={t("form.territory")}
        triggerTestId="zone-territory-trigger"
        options={(territories.data?.territories ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.code})` }))}
      />
      <MultiPickerField
        name="product_category_ids"
        id="zone-categories"
        label={t("form.categories")}
        hint={t("form.categoriesHint")}
        source={PICKER_SOURCES.categories}
      />
      <SwitchField name="is_exclusive" id="zone-exclusive" label={t("form.exclusive")} hint={t("form.exclusiveHint")} />
      <div className="grid grid-cols-2 gap-4">
        <DateField name="starts_at" id="zone-starts-at" label={t("form.startsAt")} />
        <DateField name="ends_at" id="zone-ends-at" label={t("form.endsAt")} optional hint={t("form.endsAtHint")} />
      </div>
      <TextareaField name="note" id="zone-note" label={t("form.note")} optional rows={2} />
    </DrawerForm>
  )
}

/** A drawer holding the {@link ZoneForm}, open while `open`. */
export const ZoneDrawer = ({ open, onClose, ...props }: Omit<ZoneFormProps, "onDone"> & { open: boolean; onClose: () => void }) => (
  <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content aria-describedby={undefined}>{open && <ZoneForm {...props} onDone={onClose} />}</Drawer.Content>
  </Drawer>
)
