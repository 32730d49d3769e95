import { Badge, Button, Container, Heading, Select, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useCancelEventRegistration, useEventRegistrations, useRecordEventAttendance } from "../hooks/use-dealer-events"
import { errorMessage, refusalText } from "../lib/errors"
import { useTexts } from "../hooks/use-texts"
import { REGISTRATION_STATUS_COLORS, useLabels } from "../lib/labels"
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
  const { t } = useTexts("events")
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
      toast.success(t("attendanceRecorded"))
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="event-registrations">
      <div className="flex flex-col justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading level="h2">{t("registrationsHeading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {event.status === "cancelled"
              ? t("regCancelledHint")
              : canRecord
              ? t("regRecordHint")
              : started
                ? t("regStartedHint")
                : t("regBeforeHint")}
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
              {t("saveAttendance")}
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
          {event.status === "draft" ? t("publishToOpen") : t("noRegistrations")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("colDealer")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("colSeats")}</Table.HeaderCell>
                <Table.HeaderCell>{t("colAttendees")}</Table.HeaderCell>
                <Table.HeaderCell className="whitespace-nowrap text-right">{t("colEventCredit")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("colMoney")}</Table.HeaderCell>
                <Table.HeaderCell>{t("colStatus")}</Table.HeaderCell>
                <Table.HeaderCell>{t("colAttendance")}</Table.HeaderCell>
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
  const { t } = useTexts("events")
  const labels = useLabels()
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
      title: t("cancelRegTitle", { dealer: dealer?.code ?? t("theDealer") }),
      description: refundable
        ? t("cancelRegRefund", {
            seats: formatNumber(registration.seats),
            share: formatMoney(registration.share_amount, event.currency_code),
          })
        : t("cancelRegNoRefund", { share: formatMoney(registration.share_amount, event.currency_code) }),
      confirmText: t("cancelRegistration"),
      cancelText: t("keepIt"),
    })
    if (!confirmed) return
    try {
      await cancel.mutateAsync(registration.id)
      toast.success(t("registrationCancelled"))
    } catch (err) {
      toast.error(refusalText(err))
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
          <span className="text-ui-fg-muted">{t("deletedDealer")}</span>
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
          <StatusBadge color={REGISTRATION_STATUS_COLORS[registration.status]}>{labels.registrationStatus[registration.status]}</StatusBadge>
          {registration.refunded && (
            <Badge size="2xsmall" color="green">
              {t("refunded")}
            </Badge>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        {live && canRecord ? (
          <div className="w-32">
            <Select size="small" value={mark ?? registration.attendance ?? NOT_RECORDED} onValueChange={(value) => onMark(value as Attendance)}>
              <Select.Trigger aria-label={t("attendanceOf", { dealer: dealer?.code ?? t("theDealer") })} data-testid="attendance-select">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NOT_RECORDED} disabled>
                  {t("notRecorded")}
                </Select.Item>
                {ATTENDANCE_VALUES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {labels.attendance[value]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        ) : registration.attendance ? (
          <StatusBadge color={registration.attendance === "attended" ? "green" : "orange"}>
            {labels.attendance[registration.attendance]}
          </StatusBadge>
        ) : (
          "-"
        )}
      </Table.Cell>
      <Table.Cell className="text-right">
        {live && event.status === "published" && (
          <Button size="small" variant="transparent" onClick={onCancel} isLoading={cancel.isPending}>
            {t("cancel")}
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  )
}
