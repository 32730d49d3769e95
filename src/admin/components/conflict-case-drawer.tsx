import { Badge, Drawer, Heading, Skeleton, StatusBadge, Text, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { Link } from "react-router-dom"
import { z } from "zod"
import { useConflict, useOrderNumbers, useResolveConflict } from "../hooks/use-dealer-queues"
import { useTexts } from "../hooks/use-texts"
import { formatDate, formatPeriod } from "../lib/dates"
import { refusalText } from "../lib/errors"
import { formatMoney } from "../lib/numbers"
import { CONFLICT_RESOLUTIONS } from "../../types/dealer-network"
import type { ConflictResolution, DealerConflict, DealerConflictDetail } from "../../types/dealer-network"
import { DrawerForm } from "./form/drawer-form"
import { SelectField, TextareaField, TextField } from "./form/fields"
import { formResolver } from "./form/schema"

const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

type DealerName = { id: string; code: string; name: string } | null

const dealerLabel = (dealer: DealerName) => (dealer?.code ? `${dealer.code} (${dealer.name})` : "—")

/** "Order #1234" once the order's number is known. */
export function useOrderLabel(orderIds: string[]) {
  const { t } = useTexts("conflicts")
  const numbers = useOrderNumbers(orderIds)
  return (orderId: string) => {
    const number = numbers.get(orderId)
    return number == null ? t("anOrder") : t("orderNumber", { number })
  }
}

/** Why the case is a conflict, in a sentence with names and the amount. */
export function useConflictWords() {
  const { t } = useTexts("conflicts")
  return {
    why: (conflict: DealerConflict, orderLabel: string) =>
      t(`why.${conflict.kind}`, {
        seller: dealerLabel(conflict.seller_dealer),
        owner: dealerLabel(conflict.zone_owner_dealer),
        amount: formatMoney(conflict.amount, conflict.currency_code),
        order: orderLabel,
        territory: conflict.territory?.name ?? t("why.unknownTerritory"),
      }),
    effect: (conflict: DealerConflict, resolution: ConflictResolution, share?: string | number | null) =>
      t(`effects.${resolution}`, {
        seller: conflict.seller_dealer.code,
        owner: conflict.zone_owner_dealer?.code ?? "—",
        amount: formatMoney(conflict.amount, conflict.currency_code),
        share: share ?? "…",
      }),
  }
}

const DealerLink = ({ dealer }: { dealer: DealerName }) =>
  dealer?.code ? (
    <Link to={`/dealer-network/dealers/${dealer.id}`} className={LINK}>
      {dealer.code} · {dealer.name}
    </Link>
  ) : (
    <span className="text-ui-fg-muted">—</span>
  )

const Fact = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
  <div className="grid grid-cols-[160px_1fr] items-start gap-x-3" data-testid={testId}>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" asChild>
      <div>{children}</div>
    </Text>
  </div>
)

/** The case in words: the order, both dealers, the territory, the amount, why, the agreement's policy and the outcome. */
const ConflictFacts = ({ conflict }: { conflict: DealerConflictDetail }) => {
  const { t } = useTexts("conflicts")
  const orderLabel = useOrderLabel([conflict.order_id])
  const words = useConflictWords()
  const columns = (key: string) => t(`columns.${key}`)
  return (
    <div className="flex flex-col gap-y-4" data-testid="conflict-facts">
      <div className="flex flex-wrap items-center gap-2">
        <Badge size="2xsmall">{t(`kinds.${conflict.kind}`)}</Badge>
        <StatusBadge color={conflict.status === "open" ? "orange" : "green"}>{t(`detail.${conflict.status}`)}</StatusBadge>
      </div>
      <Text size="small" data-testid="conflict-why">
        {words.why(conflict, orderLabel(conflict.order_id))}
      </Text>
      <div className="flex flex-col gap-y-2">
        <Fact label={columns("order")}>
          <Link to={`/orders/${conflict.order_id}`} className={LINK} data-testid="conflict-order-link">
            {orderLabel(conflict.order_id)}
          </Link>
        </Fact>
        <Fact label={columns("seller")}>
          <DealerLink dealer={conflict.seller_dealer} />
        </Fact>
        <Fact label={columns("zoneOwner")}>
          <DealerLink dealer={conflict.zone_owner_dealer} />
        </Fact>
        <Fact label={columns("territory")}>{conflict.territory ? `${conflict.territory.name} (${conflict.territory.code})` : "—"}</Fact>
        <Fact label={columns("amount")}>{formatMoney(conflict.amount, conflict.currency_code)}</Fact>
        <Fact label={columns("opened")}>{formatDate(conflict.created_at)}</Fact>
        <Fact label={t("detail.policyOfAgreement")}>
          {t(`policies.${conflict.policy}`)}
          {conflict.policy === "split" && conflict.split_share_percent && ` · ${t("detail.splitShare", { share: Number(conflict.split_share_percent) })}`}
        </Fact>
      </div>
      {conflict.status === "resolved" && conflict.resolution && (
        <div className="flex flex-col gap-y-2 rounded-lg border px-4 py-3" data-testid="conflict-outcome">
          <Text size="small" weight="plus">
            {t(`resolutions.${conflict.resolution}`)} ·{" "}
            {t("detail.resolvedOn", { date: formatDate(conflict.resolved_at) })}{" "}
            {conflict.resolved_by === "policy" ? t("detail.byPolicy") : t("detail.byAdmin")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {words.effect(conflict, conflict.resolution, conflict.split_share_percent && Number(conflict.split_share_percent))}
          </Text>
          {conflict.note && (
            <Fact label={t("detail.note")}>
              <span data-testid="conflict-note">{conflict.note}</span>
            </Fact>
          )}
          <Fact label={t("detail.moved")}>
            {conflict.contributions.length
              ? conflict.contributions.map((entry) => (
                  <div key={entry.id} className="tabular-nums">
                    {entry.dealer_id === conflict.seller_dealer.id ? conflict.seller_dealer.code : conflict.zone_owner_dealer?.code}{" "}
                    {formatMoney(entry.amount, entry.currency_code, { signed: true })} · {formatPeriod(entry.period_key)}
                  </div>
                ))
              : t("detail.movedNone")}
          </Fact>
        </div>
      )}
    </div>
  )
}

const resolveSchema = (shareRequired: string) =>
  z
    .object({ resolution: z.enum(CONFLICT_RESOLUTIONS), split_share_percent: z.string(), note: z.string() })
    .superRefine((values, ctx) => {
      if (values.resolution === "split" && !values.split_share_percent.trim()) {
        ctx.addIssue({ code: "custom", path: ["split_share_percent"], message: shareRequired })
      }
    })
    .transform((values) => ({
      resolution: values.resolution,
      split_share_percent: values.resolution === "split" ? Number(values.split_share_percent) : null,
      note: values.note.trim() || null,
    }))

type ResolveValues = z.input<ReturnType<typeof resolveSchema>>

/** Resolve with a policy and a note; the effect of the chosen resolution is said before saving. */
const ResolveForm = ({ conflict, onDone }: { conflict: DealerConflictDetail; onDone: () => void }) => {
  const { t } = useTexts("conflicts")
  const words = useConflictWords()
  const resolve = useResolveConflict(conflict.id)
  const hasOwner = !!conflict.zone_owner_dealer
  const form = useForm<ResolveValues, any, z.output<ReturnType<typeof resolveSchema>>>({
    resolver: formResolver(resolveSchema(t("resolve.shareRequired"))),
    defaultValues: {
      resolution: hasOwner ? "credit_zone_owner" : "keep_seller",
      split_share_percent: conflict.split_share_percent ? String(Number(conflict.split_share_percent)) : "",
      note: "",
    },
  })
  const resolution = form.watch("resolution")
  const share = form.watch("split_share_percent")
  const options = CONFLICT_RESOLUTIONS.filter((value) => hasOwner || value === "keep_seller").map((value) => ({
    value,
    label: t(`policies.${value}`),
  }))

  return (
    <DrawerForm
      form={form}
      title={t("detail.title")}
      submitLabel={t("resolve.submit")}
      submitTestId="conflict-resolve-submit"
      onSubmit={async (values) => {
        await resolve.mutateAsync(values)
        toast.success(t("resolve.done"))
        onDone()
      }}
    >
      <ConflictFacts conflict={conflict} />
      <div className="flex flex-col gap-y-4 border-t pt-4" data-testid="conflict-resolve-form">
        <Heading level="h3">{t("resolve.title")}</Heading>
        {!hasOwner && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("resolve.noOwner")}
          </Text>
        )}
        <SelectField name="resolution" id="conflict-resolution" label={t("resolve.resolution")} options={options} triggerTestId="conflict-resolution">
          <Text size="small" className="text-ui-fg-subtle" data-testid="conflict-effect">
            {words.effect(conflict, resolution, share)}
          </Text>
        </SelectField>
        {resolution === "split" && (
          <TextField name="split_share_percent" id="conflict-share" label={t("resolve.share")} type="number" min={0.01} max={100} step="0.01" />
        )}
        <TextareaField name="note" id="conflict-note" label={t("resolve.note")} optional placeholder={t("resolve.notePlaceholder")} />
      </div>
    </DrawerForm>
  )
}

/** A case opened from the queue: read it, and resolve it while it is open. */
export const ConflictCaseDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t } = useTexts("conflicts")
  const { data, isLoading, error } = useConflict(id)
  const conflict = data?.conflict
  useEffect(() => {
    if (error) toast.error(refusalText(error))
  }, [error])
  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="conflict-drawer">
        {conflict?.status === "open" ? (
          <ResolveForm key={conflict.id} conflict={conflict} onDone={onClose} />
        ) : (
          <>
            <Drawer.Header>
              <Drawer.Title asChild>
                <Heading>{t("detail.title")}</Heading>
              </Drawer.Title>
            </Drawer.Header>
            <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
              {isLoading || !conflict ? <Skeleton className="h-32 w-full" /> : <ConflictFacts conflict={conflict} />}
            </Drawer.Body>
          </>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
