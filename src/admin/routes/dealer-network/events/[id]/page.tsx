import { Button, Container, Heading, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { getI18n } from "react-i18next"
import { useParams } from "react-router-dom"
import { DetailPageLoading, DetailPageNotFound } from "../../../../components/detail-page-state"
import { EventDrawer } from "../../../../components/event-drawer"
import { EventRegistrationsSection } from "../../../../components/event-registrations-section"
import { CostSplitBar } from "../../../../components/event-seats"
import { InfoRow } from "../../../../components/field"
import { PICKER_SOURCES, PickerSource, usePickedLabels } from "../../../../components/form/multi-picker-field"
import { Stat } from "../../../../components/stat"
import {
  useDealerEvent,
  useDealerEventAction,
  useEventCostSummary,
  useEventRegistrations,
} from "../../../../hooks/use-dealer-events"
import { formatDateTime, formatSpan } from "../../../../lib/dates"
import { errorMessage, refusalText } from "../../../../lib/errors"
import { useTexts } from "../../../../hooks/use-texts"
import { EVENT_STATUS_COLORS, useLabels } from "../../../../lib/labels"
import { formatMoney, formatNumber, formatPercent, sumAmounts } from "../../../../lib/numbers"
import { withQueryClient } from "../../../../lib/query-client"
import { sdk } from "../../../../lib/sdk"
import type { DealerEvent } from "../../../../../types/engagement"

const Names = ({ source, ids, label }: { source: PickerSource; ids: string[]; label: string }) => {
  const names = usePickedLabels(source, ids)
  if (!ids.length) return null
  return (
    <div>
      <span className="text-ui-fg-subtle">{label}: </span>
      {names.join(", ")}
    </div>
  )
}

const AudienceText = ({ event }: { event: DealerEvent }) => {
  const { t } = useTexts("events")
  const labels = useLabels()
  const { roles = [], tier_ids = [], territory_ids = [], dealer_ids = [] } = event.audience ?? {}
  if (!roles.length && !tier_ids.length && !territory_ids.length && !dealer_ids.length) return <>{t("everyActiveDealer")}</>
  return (
    <div className="flex flex-col gap-y-1" data-testid="event-audience">
      {roles.length > 0 && (
        <div>
          <span className="text-ui-fg-subtle">{t("roles")}: </span>
          {roles.map((role) => labels.role[role]).join(", ")}
        </div>
      )}
      <Names source={PICKER_SOURCES.tiers} ids={tier_ids} label={t("tiers")} />
      <Names source={PICKER_SOURCES.territories} ids={territory_ids} label={t("territories")} />
      <Names source={PICKER_SOURCES.dealers} ids={dealer_ids} label={t("namedDealersAlwaysIn")} />
    </div>
  )
}

const EventHeader = ({ event }: { event: DealerEvent }) => {
  const action = useDealerEventAction(event.id)
  const registrations = useEventRegistrations(event.id)
  const prompt = usePrompt()
  const { t } = useTexts("events")
  const labels = useLabels()
  const open = event.status === "draft" || event.status === "published"

  const publish = async () => {
    try {
      await action.mutateAsync("publish")
      toast.success(t("published", { title: event.title }))
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  const cancel = async () => {
    const live = (registrations.data?.registrations ?? []).filter((r) => r.status === "registered")
    const credit = formatMoney(sumAmounts(live.map((r) => r.paid_event_credit)), event.currency_code)
    const money = formatMoney(sumAmounts(live.map((r) => r.paid_money)), event.currency_code)
    const confirmed = await prompt({
      title: t("cancelTitle", { title: event.title }),
      description: t("cancelDescription", { registrations: t("registrations", { count: live.length }), credit, money }),
      confirmText: t("cancelEvent"),
      cancelText: t("keepEvent"),
    })
    if (!confirmed) return
    try {
      await action.mutateAsync("cancel")
      toast.success(t("cancelled", { title: event.title }))
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="event-header">
      <div className="flex flex-col justify-between gap-4 px-6 py-4 md:flex-row md:items-start">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading>{event.title}</Heading>
            <StatusBadge color={EVENT_STATUS_COLORS[event.status]} data-testid="event-status">
              {labels.eventStatus[event.status]}
            </StatusBadge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {labels.eventType[event.type]} · {formatSpan(event.starts_at, event.ends_at)}
          </Text>
        </div>
        {open && (
          <div className="flex shrink-0 items-center gap-x-2">
            <Button size="small" variant="secondary" onClick={cancel} disabled={action.isPending || registrations.isLoading} data-testid="cancel-event">
              {t("cancelEvent")}
            </Button>
            <EventDrawer event={event} />
            {event.status === "draft" && (
              <Button size="small" onClick={publish} isLoading={action.isPending} data-testid="publish-event">
                {t("publish")}
              </Button>
            )}
          </div>
        )}
      </div>
      {event.description && (
        <div className="px-6 py-4">
          <Text size="small" className="whitespace-pre-line">
            {event.description}
          </Text>
        </div>
      )}
      <InfoRow label={t("where")}>
        {event.location || event.link ? (
          <div className="flex flex-col gap-y-1">
            {event.location && <span>{event.location}</span>}
            {event.link && (
              <a
                href={event.link}
                target="_blank"
                rel="noreferrer"
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover break-all"
              >
                {event.link}
              </a>
            )}
          </div>
        ) : (
          "-"
        )}
      </InfoRow>
      <InfoRow label={t("seats")}>
        {t("seatsTaken", { taken: formatNumber(event.seats_taken), capacity: formatNumber(event.capacity) })}
        {open ? t("seatsLeftSuffix", { left: formatNumber(Math.max(0, event.capacity - event.seats_taken)) }) : ""}
      </InfoRow>
      <InfoRow label={t("registrationUntil")}>{formatDateTime(event.registration_deadline)}</InfoRow>
      <InfoRow label={t("freeCancellationUntil")}>{formatDateTime(event.cancellation_deadline)}</InfoRow>
      <InfoRow label={t("costPerSeat")}>
        {t("costPerSeatValue", {
          cost: formatMoney(event.cost_per_seat, event.currency_code),
          share: formatPercent(event.dealer_share_percent),
        })}
      </InfoRow>
      <InfoRow label={t("audience")}>
        <AudienceText event={event} />
      </InfoRow>
      {(event.product_ids.length > 0 || event.category_ids.length > 0) && (
        <InfoRow label={t("presents")}>
          <Names source={PICKER_SOURCES.products} ids={event.product_ids} label={t("products")} />
          <Names source={PICKER_SOURCES.categories} ids={event.category_ids} label={t("categories")} />
        </InfoRow>
      )}
      {event.published_at && <InfoRow label={t("publishedAt")}>{formatDateTime(event.published_at)}</InfoRow>}
      {event.cancelled_at && <InfoRow label={t("cancelledAt")}>{formatDateTime(event.cancelled_at)}</InfoRow>}
    </Container>
  )
}

const CostSummary = ({ event }: { event: DealerEvent }) => {
  const { data, isLoading, error } = useEventCostSummary(event.id)
  const summary = data?.cost_summary
  const { t } = useTexts("events")
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4" data-testid="event-cost-summary">
      <div>
        <Heading level="h2">{t("cost")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("costHint", { cost: formatMoney(event.cost_per_seat, event.currency_code) })}
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(error)}
        </Text>
      ) : isLoading || !summary ? null : (
        <>
          <div className="grid grid-cols-2 gap-3">
            <Stat label={t("seats")} testId="cost-seats">
              {formatNumber(summary.seats_taken)}
            </Stat>
            <Stat label={t("totalCost")} testId="cost-total">
              {formatMoney(summary.cost, summary.currency_code)}
            </Stat>
            <Stat label={t("dealersPaid")} testId="cost-dealers">
              {formatMoney(summary.dealers_paid, summary.currency_code)}
            </Stat>
            <Stat label={t("manufacturerPaid")} testId="cost-manufacturer">
              {formatMoney(summary.manufacturer_paid, summary.currency_code)}
            </Stat>
          </div>
          <CostSplitBar
            dealersPaid={summary.dealers_paid}
            manufacturerPaid={summary.manufacturer_paid}
            currency={summary.currency_code}
          />
          {(summary.attended > 0 || summary.no_show > 0) && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="cost-attendance">
              {t("attendedLine", {
                attended: t("registrations", { count: summary.attended }),
                noShows: t("noShows", { count: summary.no_show }),
              })}
            </Text>
          )}
        </>
      )}
    </Container>
  )
}

const DealerEventPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useDealerEvent(id!)
  const { t } = useTexts("events")

  if (isLoading) return <DetailPageLoading />
  if (isError || !data) {
    return <DetailPageNotFound title={t("notFound")} error={error} backTo="/dealer-network/events" backLabel={t("backToEvents")} />
  }
  const event = data.event
  return (
    <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <EventHeader event={event} />
        <EventRegistrationsSection event={event} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">
        <CostSummary event={event} />
      </div>
    </div>
  )
}

// The breadcrumb shows the event's title; the loader fetches just that.
export const loader = async ({ params }: { params: { id?: string } }) => {
  if (!params.id) return null
  try {
    return await sdk.client.fetch<{ event: Pick<DealerEvent, "id" | "title"> }>(`/admin/dealer-events/${params.id}`, {
      query: { fields: "id,title" },
    })
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: { data?: { event?: { title?: string } } | null }) => match.data?.event?.title ?? getI18n().t("dealerNetwork.events.eventCrumb"),
}

export default withQueryClient(DealerEventPage)
