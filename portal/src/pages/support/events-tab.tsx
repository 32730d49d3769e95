import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { DealerEventListResponse } from "medusa-plugin-dealer-network/client"
import { FormEvent, useState } from "react"
import { useLabels } from "../../../../src/admin/lib/labels"
import { useMember } from "../../auth/use-session"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatDate, formatMoney, formatPercent } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"
import { WALLET_KEY } from "../money/wallet-page"

type DealerEvent = DealerEventListResponse["events"][number]

const EVENTS_KEY = ["dealer-portal", "events"] as const
const REGISTRATIONS_KEY = ["dealer-portal", "event-registrations"] as const

/** The events open to my dealer, registering for them (owners and managers, paid from the wallet), and my registrations. */
export function EventsTab() {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const { canSeeMoney } = useMember()
  const events = useQuery({ queryKey: EVENTS_KEY, queryFn: () => store.events.list({ limit: 50 }) })
  return (
    <>
      {!canSeeMoney && <Text size="small" className="text-ui-fg-subtle">{t("ownersOnly")}</Text>}
      <QueryState query={events}>
        {({ events }) =>
          events.length ? (
            <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
              {events.map((event) => <EventCard key={event.id} event={event} canRegister={canSeeMoney} />)}
            </div>
          ) : (
            <Container><Text size="small" className="text-ui-fg-subtle">{t("events.empty")}</Text></Container>
          )
        }
      </QueryState>
      <MyRegistrations canCancel={canSeeMoney} />
    </>
  )
}

function EventCard({ event, canRegister }: { event: DealerEvent; canRegister: boolean }) {
  const { t } = useTexts("support")
  const labels = useLabels()
  const seatsLeft = Math.max(0, event.capacity - event.seats_taken)
  const free = Number(event.cost_per_seat) === 0 || Number(event.dealer_share_percent) === 0
  return (
    <Container className="flex flex-col gap-y-2" data-testid="support-event">
      <div className="flex items-start justify-between gap-x-2">
        <Heading level="h3">{event.title}</Heading>
        <Badge size="2xsmall">{labels.eventType[event.type]}</Badge>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {formatDate(event.starts_at)}
        {event.location ? ` · ${event.location}` : ""}
      </Text>
      {event.description && <Text size="small">{event.description}</Text>}
      <Text size="small" className="text-ui-fg-subtle">
        {t("events.seatsLeft", { count: seatsLeft })} ·{" "}
        {free
          ? t("events.free")
          : t("events.cost", { percent: formatPercent(event.dealer_share_percent), amount: formatMoney(event.cost_per_seat, event.currency_code) })}
      </Text>
      {canRegister && seatsLeft > 0 && <RegisterForm event={event} />}
    </Container>
  )
}

function RegisterForm({ event }: { event: DealerEvent }) {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const queryClient = useQueryClient()
  const [seats, setSeats] = useState("1")
  const [attendee, setAttendee] = useState("")
  // One key per registration attempt: a retry after a timeout replays instead of paying twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID())
  const register = useMutation({
    mutationFn: () =>
      store.eventRegistrations.create(
        { event_id: event.id, seats: Number(seats), ...(attendee.trim() && { attendees: [{ name: attendee.trim() }] }) },
        { idempotencyKey }
      ),
    onSuccess: () => {
      toast.success(t("events.registered", { event: event.title }))
      setIdempotencyKey(crypto.randomUUID())
      setAttendee("")
      for (const key of [EVENTS_KEY, REGISTRATIONS_KEY, WALLET_KEY]) queryClient.invalidateQueries({ queryKey: key })
    },
  })
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    register.mutate()
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 border-t pt-3" data-testid="event-register-form">
      <div className="flex w-20 flex-col gap-y-1">
        <Label size="xsmall" htmlFor={`seats-${event.id}`}>{t("events.seats")}</Label>
        <Input id={`seats-${event.id}`} size="small" type="number" min={1} value={seats} onChange={(e) => setSeats(e.target.value)} />
      </div>
      <div className="flex min-w-40 flex-1 flex-col gap-y-1">
        <Label size="xsmall" htmlFor={`attendee-${event.id}`}>{t("events.attendee")}</Label>
        <Input id={`attendee-${event.id}`} size="small" value={attendee} onChange={(e) => setAttendee(e.target.value)} />
      </div>
      <Button size="small" type="submit" isLoading={register.isPending}>{t("events.register")}</Button>
      {register.isError && (
        <Text size="small" className="text-ui-fg-error w-full" role="alert">{register.error.message}</Text>
      )}
    </form>
  )
}

function MyRegistrations({ canCancel }: { canCancel: boolean }) {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const labels = useLabels()
  const queryClient = useQueryClient()
  const registrations = useQuery({ queryKey: REGISTRATIONS_KEY, queryFn: () => store.eventRegistrations.list({ limit: 50 }) })
  const cancel = useMutation({
    mutationFn: (id: string) => store.eventRegistrations.cancel(id, { idempotencyKey: `cancel-${id}` }),
    onSuccess: () => {
      toast.success(t("events.cancelled"))
      for (const key of [EVENTS_KEY, REGISTRATIONS_KEY, WALLET_KEY]) queryClient.invalidateQueries({ queryKey: key })
    },
    onError: (error) => toast.error(error.message),
  })
  return (
    <Container className="p-0">
      <Heading level="h2" className="px-6 py-4">{t("events.mine")}</Heading>
      <QueryState query={registrations}>
        {({ registrations }) =>
          registrations.length ? (
            <Table data-testid="support-registrations">
              <Table.Header>
                <Table.Row>
                  {(["event", "date", "seats", "share", "status"] as const).map((column) => (
                    <Table.HeaderCell key={column}>{t(`events.column.${column}`)}</Table.HeaderCell>
                  ))}
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {registrations.map((registration) => (
                  <Table.Row key={registration.id} data-testid="support-registration">
                    <Table.Cell>{registration.event?.title ?? registration.event_id}</Table.Cell>
                    <Table.Cell>{formatDate(registration.event?.starts_at)}</Table.Cell>
                    <Table.Cell className="tabular-nums">{registration.seats}</Table.Cell>
                    <Table.Cell className="tabular-nums">{formatMoney(registration.share_amount, registration.event?.currency_code)}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={registration.status === "registered" ? "green" : "grey"}>
                        {registration.attendance ? labels.attendance[registration.attendance] : labels.registrationStatus[registration.status]}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      {canCancel && registration.status === "registered" && registration.event?.status === "published" && (
                        <Button size="small" variant="secondary" isLoading={cancel.isPending && cancel.variables === registration.id} onClick={() => cancel.mutate(registration.id)}>
                          {t("events.cancel")}
                        </Button>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 pb-4">{t("events.mineEmpty")}</Text>
          )
        }
      </QueryState>
    </Container>
  )
}
