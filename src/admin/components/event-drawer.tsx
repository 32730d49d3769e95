import { Button, Checkbox, Drawer, Label, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Controller, useForm, useFormContext } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { useCreateDealerEvent, useUpdateDealerEvent } from "../hooks/use-dealer-events"
import { toLocalInput } from "../lib/dates"
import { useTexts } from "../hooks/use-texts"
import { useLabels } from "../lib/labels"
import { DEALER_ROLES } from "../../types/dealer-network"
import type { DealerRole } from "../../types/dealer-network"
import { EVENT_TYPES } from "../../types/engagement"
import type { DealerEvent, DealerEventInput } from "../../types/engagement"
import { Field } from "./field"
import { DrawerForm } from "./form/drawer-form"
import { DateTimeField, MoneyField, NumberField, SelectField, TextareaField, TextField } from "./form/fields"
import { MultiPickerField, PICKER_SOURCES } from "./form/multi-picker-field"
import { formResolver, optionalText } from "./form/schema"
import { FormSection } from "./form/form-section"

type T = ReturnType<typeof useTexts>["t"]

/** A datetime-local value as the ISO moment the API takes. */
const momentOf = (t: T) =>
  z
    .string()
    .min(1, t("required"))
    .refine((value) => !Number.isNaN(new Date(value).getTime()), t("notADateTime"))
    .transform((value) => new Date(value).toISOString())

const ids = z.array(z.string())

/** The event's form, its messages in the admin user's language. */
const schemaOf = (t: T) => {
  const moment = momentOf(t)
  return z.object({
  type: z.enum(EVENT_TYPES),
  title: z.string().trim().min(1, t("required")),
  description: optionalText,
  starts_at: moment,
  ends_at: moment,
  location: optionalText,
  link: optionalText,
  capacity: z.coerce.number({ error: t("required") }).int(t("wholeSeats")).min(1, t("atLeastOneSeat")),
  registration_deadline: moment,
  cancellation_deadline: moment,
  audience: z.object({ roles: z.array(z.enum(DEALER_ROLES)), tier_ids: ids, territory_ids: ids, dealer_ids: ids }),
  product_ids: ids,
  category_ids: ids,
  currency_code: z.string().trim().length(3, t("currencyCode")).transform((code) => code.toLowerCase()),
  cost_per_seat: z.string().trim().min(1, t("required")),
  dealer_share_percent: z.coerce.number({ error: t("required") }).min(0, t("percentRange")).max(100, t("percentRange")),
  })
}

type Schema = ReturnType<typeof schemaOf>
type FormInput = z.input<Schema>

function defaultsOf(event?: DealerEvent): FormInput {
  return {
    type: event?.type ?? "training_onsite",
    title: event?.title ?? "",
    description: event?.description ?? "",
    starts_at: toLocalInput(event?.starts_at),
    ends_at: toLocalInput(event?.ends_at),
    location: event?.location ?? "",
    link: event?.link ?? "",
    capacity: event ? String(event.capacity) : "",
    registration_deadline: toLocalInput(event?.registration_deadline),
    cancellation_deadline: toLocalInput(event?.cancellation_deadline),
    audience: {
      roles: event?.audience?.roles ?? [],
      tier_ids: event?.audience?.tier_ids ?? [],
      territory_ids: event?.audience?.territory_ids ?? [],
      dealer_ids: event?.audience?.dealer_ids ?? [],
    },
    product_ids: event?.product_ids ?? [],
    category_ids: event?.category_ids ?? [],
    currency_code: event?.currency_code ?? "eur",
    cost_per_seat: event?.cost_per_seat ?? "",
    dealer_share_percent: event ? event.dealer_share_percent : "",
  }
}

/** The body of a change: only the fields whose value differs from the event's. */
function changedFields(schema: Schema, values: z.output<Schema>, event: DealerEvent): Partial<DealerEventInput> {
  const before = schema.safeParse(defaultsOf(event))
  if (!before.success) return values
  const old = before.data as Record<string, unknown>
  return Object.fromEntries(
    Object.entries(values).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(old[field]))
  ) as Partial<DealerEventInput>
}

/** "Create event" (or "Edit" with `event`) and the drawer with the event's form. */
export const EventDrawer = ({ event }: { event?: DealerEvent }) => {
  const [open, setOpen] = useState(false)
  const { t } = useTexts("events")
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={event ? "edit-event" : "create-event"}>
          {event ? t("edit") : t("createEvent")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined} className="max-w-[640px]">
        {open && <EventForm event={event} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const EventForm = ({ event, onDone }: { event?: DealerEvent; onDone: () => void }) => {
  const navigate = useNavigate()
  const { t } = useTexts("events")
  const labels = useLabels()
  const schema = useMemo(() => schemaOf(t), [t])
  const defaultValues = useMemo(() => defaultsOf(event), [event])
  const form = useForm({ resolver: formResolver(schema), defaultValues })
  const create = useCreateDealerEvent()
  const update = useUpdateDealerEvent(event?.id ?? "")
  const currency = form.watch("currency_code") || "eur"
  const charged = Boolean(event && event.seats_taken > 0)

  return (
    <DrawerForm
      form={form}
      title={event ? t("editTitle", { title: event.title }) : t("createEvent")}
      errorTestId="event-form-error"
      submitTestId="event-form-submit"
      submitLabel={event ? t("save") : t("createDraft")}
      onSubmit={async (values) => {
        if (event) {
          const changes = changedFields(schema, values, event)
          if (Object.keys(changes).length) await update.mutateAsync(changes)
          toast.success(t("saved", { title: values.title }))
          onDone()
        } else {
          const { event: created } = await create.mutateAsync(values as DealerEventInput)
          toast.success(t("createdDraft", { title: created.title }))
          onDone()
          navigate(`/dealer-network/events/${created.id}`)
        }
      }}
    >
      <FormSection title={t("theEvent")}>
        <div className="grid grid-cols-2 gap-4">
          <SelectField
            name="type"
            id="event-type"
            label={t("type")}
            options={EVENT_TYPES.map((value) => ({ value, label: labels.eventType[value] }))}
          />
          <TextField name="capacity" id="event-capacity" label={t("capacity")} type="number" min={1} step={1} />
        </div>
        <TextField name="title" id="event-title" label={t("title")} placeholder={t("titlePlaceholder")} />
        <TextareaField name="description" id="event-description" label={t("descriptionLabel")} optional rows={3} />
        <div className="grid grid-cols-2 gap-4">
          <TextField name="location" id="event-location" label={t("location")} placeholder={t("locationPlaceholder")} optional />
          <TextField name="link" id="event-link" label={t("link")} type="url" placeholder="https://" optional />
        </div>
      </FormSection>
      <FormSection title={t("colWhen")} hint={t("inYourTimeZone")}>
        <div className="grid grid-cols-2 gap-4">
          <DateTimeField name="starts_at" id="event-starts-at" label={t("starts")} />
          <DateTimeField name="ends_at" id="event-ends-at" label={t("ends")} />
          <DateTimeField
            name="registration_deadline"
            id="event-registration-deadline"
            label={t("registrationUntil")}
            hint={t("notAfterStart")}
          />
          <DateTimeField
            name="cancellation_deadline"
            id="event-cancellation-deadline"
            label={t("freeCancellationUntil")}
            hint={t("lateCancellationHint")}
          />
        </div>
      </FormSection>
      <FormSection
        title={t("cost")}
        hint={charged ? t("costLocked") : t("manufacturerPaysRest")}
      >
        <div className="grid grid-cols-3 gap-4">
          <TextField name="currency_code" id="event-currency" label={t("currency")} maxLength={3} disabled={charged} />
          <MoneyField name="cost_per_seat" id="event-cost-per-seat" label={t("costPerSeat")} currency={currency} min={0} disabled={charged} />
          <NumberField
            name="dealer_share_percent"
            id="event-dealer-share"
            label={t("dealerPaysPercent")}
            min={0}
            max={100}
            step="0.01"
            disabled={charged}
          />
        </div>
      </FormSection>
      <FormSection title={t("audience")} hint={t("audienceHint")}>
        <RolesField />
        <MultiPickerField name="audience.tier_ids" id="event-tiers" label={t("tiers")} source={PICKER_SOURCES.tiers} />
        <MultiPickerField
          name="audience.territory_ids"
          id="event-territories"
          label={t("territories")}
          source={PICKER_SOURCES.territories}
        />
        <MultiPickerField name="audience.dealer_ids" id="event-dealers" label={t("namedDealers")} source={PICKER_SOURCES.dealers} />
      </FormSection>
      <FormSection title={t("whatItPresents")} hint={t("presentsHint")}>
        <MultiPickerField name="product_ids" id="event-products" label={t("products")} source={PICKER_SOURCES.products} />
        <MultiPickerField name="category_ids" id="event-categories" label={t("categories")} source={PICKER_SOURCES.categories} />
      </FormSection>
    </DrawerForm>
  )
}

/** The dealer roles of the audience, as checkboxes. */
const RolesField = () => {
  const { control } = useFormContext<FormInput>()
  const { t } = useTexts("events")
  const labels = useLabels()
  return (
    <Controller
      control={control}
      name="audience.roles"
      render={({ field, fieldState }) => (
        <Field id="event-roles" label={t("roles")} optional error={fieldState.error?.message}>
          <div className="flex flex-wrap gap-x-6 gap-y-2" id="event-roles">
            {DEALER_ROLES.map((role: DealerRole) => {
              const checked = (field.value ?? []).includes(role)
              return (
                <div key={role} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`event-role-${role}`}
                    checked={checked}
                    onCheckedChange={(on) =>
                      field.onChange(on ? [...(field.value ?? []), role] : (field.value ?? []).filter((r: string) => r !== role))
                    }
                  />
                  <Label htmlFor={`event-role-${role}`} size="small">
                    {labels.role[role]}
                  </Label>
                </div>
              )
            })}
          </div>
        </Field>
      )}
    />
  )
}
