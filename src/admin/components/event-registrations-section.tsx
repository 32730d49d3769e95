import { Badge, Button, Container, Heading, Select, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useCancelEventRegistration, useEventRegistrations, useRecordEventAttendance } from "../hooks/use-dealer-events"
import { errorMessage } from "../lib/errors"
import { ATTENDANCE_LABELS, humanize, REGISTRATION_STATUS_COLORS } from "../lib/labels"
import { formatMoney, formatNumber } from "../lib/numbers"
import { ATTENDANCE_VALUES } from "../../types/engagement"
import type { Attendance, DealerEvent, EventRegistration } from "../../types/engagement"
import { RegisterDealerDrawer } from "./register-dealer-drawer"

const NOT_RECORDED = "__none__"

/** The event's registrations: who took seats, what they paid, and (after the start) who came. */
export const EventRegistrationsSection = ({ event }: { event: DealerEvent }) => {
  const { data, isLoading, error } = useEventRegistrations(event.id)
  const record = useRecordEventAttendance(event.id)
  const [marks, setMarks] = useState<Record<string, Attendance>>({})
  const registrations = data?.registrations ?? []
  const live = registrations.filter((r) => r.status === "registered")
  const started = new Date(event.starts_at) <= new Date()
  const canRegister = event.status === "published" && new Date(event.registration_deadline) > new Date()
  const canRecord = started && (event.status === "published" || event.status === "completed") && live.length > 0
  const changed = Object.entries(marks).filter(([id, value]) => live.find((r) => r.id === id)?.attendance !== value)

  const saveAttendance = async () => {
    try {
      await record.mutateAsync(changed.map(([registration_id, attendance]) => ({ registration_id, attendance })))
      setMarks({})
      toast.success("Attendance recorded; the event is completed")
    } catch (err) {
      toast.error(errorMessage(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="event-registrations">
      <div className="flex flex-col justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading level="h2">Registrations</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {event.status === "cancelled"
              ? "The event was cancelled: every registration was cancelled and its share refunded."
              : canRecord
              ? "Mark who attended and who did not show up; a no-show's share is not refunded."
              : started
                ? "The dealers' seats and how they paid their share."
                : "The dealers' seats and how they paid their share; attendance is recorded once the event has started."}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          {canRecord && (
            <Button
              size="small"
              onClick={saveAttendance}
              disabled={!changed.length}
              isLoading={record.isPending}
              data-testid="save-attendance"
            >
              Save attendance
            </Button>
          )}
          {canRegister && <RegisterDealerDrawer event={event} />}
        </div>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : !isLoading && !registrations.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {event.status === "draft" ? "Publish the event to open it for registration." : "No dealer has registered yet."}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Dealer</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Seats</Table.HeaderCell>
                <Table.HeaderCell>Attendees</Table.HeaderCell>
                <Table.HeaderCell className="whitespace-nowrap text-right">Event credit</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Money</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Attendance</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {registrations.map((registration) => (
                <RegistrationRow
                  key={registration.id}
                  event={event}
                  registration={registration}
                  canRecord={canRecord}
                  mark={marks[registration.id]}
                  onMark={(value) => setMarks((all) => ({ ...all, [registration.id]: value }))}
                />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

const RegistrationRow = ({
  event,
  registration,
  canRecord,
  mark,
  onMark,
}: {
  event: DealerEvent
  registration: EventRegistration
  canRecord: boolean
  mark: Attendance | undefined
  onMark: (value: Attendance) => void
}) => {
  const cancel = useCancelEventRegistration(event.id)
  const prompt = usePrompt()
  const live = registration.status === "registered"
  const refundable = new Date(event.cancellation_deadline) > new Date()
  const dealer = registration.dealer
  const money = (amount: string) => (
    <span className={`tabular-nums ${registration.refunded ? "text-ui-fg-muted line-through" : ""}`}>
      {formatMoney(amount, event.currency_code)}
    </span>
  )

  const onCancel = async () => {
    const confirmed = await prompt({
      title: `Cancel ${dealer?.code ?? "the dealer"}'s registration?`,
      description: refundable
        ? `Its ${formatNumber(registration.seats)} seats are freed and its share ${formatMoney(registration.share_amount, event.currency_code)} goes back to its wallet.`
        : `Its seats are freed. The cancellation deadline has passed: its share ${formatMoney(registration.share_amount, event.currency_code)} is not refunded.`,
      confirmText: "Cancel registration",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    try {
      await cancel.mutateAsync(registration.id)
      toast.success("Registration cancelled")
    } catch (err) {
      toast.error(errorMessage(err))
    }
  }

  return (
    <Table.Row data-testid={`registration-${dealer?.code ?? registration.dealer_id}`}>
      <Table.Cell>
        {dealer ? (
          <div className="flex min-w-0 flex-col py-1">
            <Link to={`/dealer-network/dealers/${dealer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium">
              {dealer.code}
            </Link>
            <span className="text-ui-fg-subtle max-w-[180px] truncate" title={dealer.name}>
              {dealer.name}
            </span>
          </div>
        ) : (
          <span className="text-ui-fg-muted">Deleted dealer</span>
        )}
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{formatNumber(registration.seats)}</Table.Cell>
      <Table.Cell>
        <span className="block max-w-[200px] truncate" title={registration.attendees.map((a) => a.name).join(", ")}>
          {registration.attendees.length ? registration.attendees.map((a) => a.name).join(", ") : "-"}
        </span>
      </Table.Cell>
      <Table.Cell className="text-right">{money(registration.paid_event_credit)}</Table.Cell>
      <Table.Cell className="text-right">{money(registration.paid_money)}</Table.Cell>
      <Table.Cell>
        <div className="flex items-center gap-x-1.5">
          <StatusBadge color={REGISTRATION_STATUS_COLORS[registration.status]}>{humanize(registration.status)}</StatusBadge>
          {registration.refunded && (
            <Badge size="2xsmall" color="green">
              Refunded
            </Badge>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        {live && canRecord ? (
          <div className="w-32">
            <Select size="small" value={mark ?? registration.attendance ?? NOT_RECORDED} onValueChange={(value) => onMark(value as Attendance)}>
              <Select.Trigger aria-label={`Attendance of ${dealer?.code ?? "the dealer"}`} data-testid="attendance-select">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NOT_RECORDED} disabled>
                  Not recorded
                </Select.Item>
                {ATTENDANCE_VALUES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {ATTENDANCE_LABELS[value]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        ) : registration.attendance ? (
          <StatusBadge color={registration.attendance === "attended" ? "green" : "orange"}>
            {ATTENDANCE_LABELS[registration.attendance]}
          </StatusBadge>
        ) : (
          "-"
        )}
      </Table.Cell>
      <Table.Cell className="text-right">
        {live && event.status === "published" && (
          <Button size="small" variant="transparent" onClick={onCancel} isLoading={cancel.isPending}>
            Cancel
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  )
}
