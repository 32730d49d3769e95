import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { useRegisterDealerForEvent } from "../hooks/use-dealer-events"
import { formatMoney, formatPercent } from "../lib/numbers"
import type { DealerEvent } from "../../types/engagement"
import { DealerPicker } from "./dealer-picker"
import { Field } from "./field"
import { DrawerForm } from "./form/drawer-form"
import { TextField } from "./form/fields"

const MAX_NAMED = 20

const schema = z.object({
  dealer: z.object({ id: z.string(), code: z.string(), name: z.string() }, { error: "Pick a dealer" }).nullable().refine(Boolean, "Pick a dealer"),
  seats: z.coerce.number({ error: "Required" }).int("A whole number of seats").min(1, "At least 1 seat"),
  attendees: z.array(z.string()),
})

/** "Register a dealer" and the drawer: a dealer of the audience, its seats and who they are for; its share comes from its wallet. */
export const RegisterDealerDrawer = ({ event }: { event: DealerEvent }) => {
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="register-dealer">
          Register a dealer
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {open && <RegisterDealerForm event={event} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const RegisterDealerForm = ({ event, onDone }: { event: DealerEvent; onDone: () => void }) => {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { dealer: null, seats: "1", attendees: [""] } })
  const register = useRegisterDealerForEvent(event.id)
  // One key per opened form: a double submit registers once.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [])
  const seats = Math.max(1, Math.min(MAX_NAMED, Math.floor(Number(form.watch("seats")) || 1)))
  const left = event.capacity - event.seats_taken

  return (
    <DrawerForm
      form={form}
      title={`Register a dealer for ${event.title}`}
      errorTestId="register-dealer-error"
      submitTestId="register-dealer-submit"
      submitLabel="Register"
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
          `${values.dealer!.code} registered for ${registration.seats} seat${registration.seats === 1 ? "" : "s"}; its share ${formatMoney(
            registration.share_amount,
            event.currency_code
          )} was paid from its wallet`
        )
        onDone()
      }}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {left} of {event.capacity} seats left. The dealer pays {formatPercent(event.dealer_share_percent)} of{" "}
        {formatMoney(event.cost_per_seat, event.currency_code)} a seat from its event credit, then from its money balance
        when its agreement allows it.
      </Text>
      <Controller
        control={form.control}
        name="dealer"
        render={({ field, fieldState }) => (
          <Field id="register-dealer-picker" label="Dealer" error={fieldState.error?.message}>
            <DealerPicker id="register-dealer-picker" value={field.value} onChange={field.onChange} />
          </Field>
        )}
      />
      <TextField name="seats" id="register-seats" label="Seats" type="number" min={1} max={left} step={1} />
      <Field id="register-attendee-0" label="Attendees" optional hint="The people the seats are for, one per seat.">
        <div className="flex flex-col gap-y-2">
          {Array.from({ length: seats }, (_, i) => (
            <TextField
              key={i}
              name={`attendees.${i}`}
              id={`register-attendee-${i}`}
              label={`Seat ${i + 1}`}
              placeholder="Full name"
              autoComplete="off"
            />
          ))}
        </div>
      </Field>
    </DrawerForm>
  )
}
