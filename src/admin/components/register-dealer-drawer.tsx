import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { useRegisterDealerForEvent } from "../hooks/use-dealer-events"
import { useTexts } from "../hooks/use-texts"
import { formatMoney, formatPercent } from "../lib/numbers"
import type { DealerEvent } from "../../types/engagement"
import { DealerPicker } from "./dealer-picker"
import { Field } from "./field"
import { DrawerForm } from "./form/drawer-form"
import { TextField } from "./form/fields"
import { formResolver } from "./form/schema"

const MAX_NAMED = 20

const schemaOf = (t: ReturnType<typeof useTexts>["t"]) =>
  z.object({
    dealer: z
      .object({ id: z.string(), code: z.string(), name: z.string() }, { error: t("pickDealer") })
      .nullable()
      .refine(Boolean, t("pickDealer")),
    seats: z.coerce.number({ error: t("required") }).int(t("wholeSeats")).min(1, t("atLeastOneSeat")),
    attendees: z.array(z.string()),
  })

/** "Register a dealer" and the drawer: a dealer of the audience, its seats and who they are for; its share comes from its wallet. */
export const RegisterDealerDrawer = ({ event }: { event: DealerEvent }) => {
  const [open, setOpen] = useState(false)
  const { t } = useTexts("events")
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="register-dealer">
          {t("registerDealer")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {open && <RegisterDealerForm event={event} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const RegisterDealerForm = ({ event, onDone }: { event: DealerEvent; onDone: () => void }) => {
  const { t } = useTexts("events")
  const schema = useMemo(() => schemaOf(t), [t])
  const form = useForm({ resolver: formResolver(schema), defaultValues: { dealer: null, seats: "1", attendees: [""] } })
  const register = useRegisterDealerForEvent(event.id)
  // One key per opened form: a double submit registers once.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [])
  const seats = Math.max(1, Math.min(MAX_NAMED, Math.floor(Number(form.watch("seats")) || 1)))
  const left = event.capacity - event.seats_taken

  return (
    <DrawerForm
      form={form}
      title={t("registerTitle", { title: event.title })}
      errorTestId="register-dealer-error"
      submitTestId="register-dealer-submit"
      submitLabel={t("register")}
      onSubmit={async (values) => {
        const attendees = values.attendees
          .slice(0, values.seats)
          .map((name) => name.trim())
          .filter(Boolean)
          .map((name) => ({ name }))
        const { registration } = await register.mutateAsync({
          dealer_id: values.dealer!.id,
          seats: values.seats,
          attendees,
          idempotency_key: idempotencyKey,
        })
        toast.success(
          t("registeredToast", {
            dealer: values.dealer!.code,
            count: registration.seats,
            share: formatMoney(registration.share_amount, event.currency_code),
          })
        )
        onDone()
      }}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("registerHint", {
          left,
          capacity: event.capacity,
          share: formatPercent(event.dealer_share_percent),
          cost: formatMoney(event.cost_per_seat, event.currency_code),
        })}
      </Text>
      <Controller
        control={form.control}
        name="dealer"
        render={({ field, fieldState }) => (
          <Field id="register-dealer-picker" label={t("dealer")} error={fieldState.error?.message}>
            <DealerPicker id="register-dealer-picker" value={field.value} onChange={field.onChange} />
          </Field>
        )}
      />
      <TextField name="seats" id="register-seats" label={t("seats")} type="number" min={1} max={left} step={1} />
      <Field id="register-attendee-0" label={t("attendees")} optional hint={t("attendeesHint")}>
        <div className="flex flex-col gap-y-2">
          {Array.from({ length: seats }, (_, i) => (
            <TextField
              key={i}
              name={`attendees.${i}`}
              id={`register-attendee-${i}`}
              label={t("seatN", { n: i + 1 })}
              placeholder={t("fullName")}
              autoComplete="off"
            />
          ))}
        </div>
      </Field>
    </DrawerForm>
  )
}
