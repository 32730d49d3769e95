import { ArrowDownTray } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Input,
  StatusBadge,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useCallback, useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { Link } from "react-router-dom"
import { z } from "zod"
import {
  useDealerPayouts,
  useDealerWallet,
  usePayoutAction,
  useRewardAccruals,
} from "../hooks/use-dealer-rewards"
import { formatDate, formatPeriod } from "../lib/dates"
import { usePaginationTexts, useTexts } from "../hooks/use-texts"
import { errorMessage, refusalText } from "../lib/errors"
import { humanize, PAYOUT_STATUS_COLORS, useLabels } from "../lib/labels"
import type { Translate } from "../lib/reward-text"
import { countOf, formatMoney } from "../lib/numbers"
import { formatReward } from "../lib/reward-text"
import type { Dealer } from "../../types/dealer-network"
import type { DealerPayout, RewardKind, WalletBalance, WalletEntry } from "../../types/rewards"
import { ALL, FilterSelect } from "./filter-select"
import { PromptForm } from "./form/prompt-form"
import { useListFilter, usePagination } from "./list-page"
import { formResolver, requiredText } from "./form/schema"
import { PayoutDrawer } from "./payout-drawer"
import { Stat, StatRow } from "./stat"

const PAGE_SIZE = 10
const KINDS: RewardKind[] = ["money", "marketing_points", "event_credit"]

const entryColumnHelper = createDataTableColumnHelper<WalletEntry>()

/** What an entry was, in words: the payout's form and orders, the reward's program and period, the event, the materials. */
function useEntryWords() {
  const { t } = useTexts("wallet")
  return useCallback((entry: WalletEntry): string | null => {
    const source = entry.source
    if (!source) return null
    const payout = () => {
      if (source.order_numbers.length) {
        return t("sources.payoutOffset", { count: source.order_numbers.length, orders: source.order_numbers.map((n) => `#${n}`).join(", ") })
      }
      if (source.promotion_code) return t("sources.payoutCode", { code: source.promotion_code })
      return source.payout_form ? t("sources.payoutForm", { form: t(`forms.${source.payout_form}`) }) : null
    }
    switch (entry.source_type) {
      case "payout":
        return payout()
      case "payout_reversal": {
        const what = payout()
        return what ? t("sources.reversal", { what }) : null
      }
      case "accrual":
        if (source.contest) return t("sources.contestPrize", { contest: source.contest })
        return source.program ? t("sources.reward", { program: source.program, period: source.period ? formatPeriod(source.period) : "" }) : null
      case "event_registration":
        return source.event ? t("sources.eventSeats", { event: source.event, count: source.seats ?? 0 }) : null
      case "event_refund":
        return source.event ? t("sources.eventRefund", { event: source.event }) : null
      case "material_request":
      case "material_refund":
        return source.materials.length
          ? t(entry.source_type === "material_request" ? "sources.materials" : "sources.materialsReturned", { materials: source.materials.join(", ") })
          : null
      default:
        return null
    }
  }, [t])
}

const useEntryColumns = () => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const words = useEntryWords()
  const sourceOf = useCallback(
    (entry: WalletEntry) => t(`wallet.sources.${entry.source_type}`, { defaultValue: humanize(entry.source_type) }),
    [t]
  )
  return useMemo(
    () => [
      entryColumnHelper.accessor("created_at", {
        header: t("wallet.date"),
        cell: ({ getValue }) => <span className="whitespace-nowrap">{formatDate(getValue())}</span>,
      }),
      entryColumnHelper.accessor("description", {
        header: t("wallet.entry"),
        cell: ({ row }) => {
          const text = words(row.original) ?? row.original.description ?? sourceOf(row.original)
          return (
            <div className="flex min-w-0 max-w-[320px] flex-col">
              <span className="truncate" title={text} data-testid="wallet-entry-text">
                {text}
              </span>
              <span className="text-ui-fg-subtle truncate">{sourceOf(row.original)}</span>
            </div>
          )
        },
      }),
      entryColumnHelper.accessor("kind", {
        header: t("wallet.kind"),
        cell: ({ getValue }) => <span className="whitespace-nowrap">{labels.rewardKind[getValue()] ?? humanize(getValue())}</span>,
      }),
      entryColumnHelper.accessor("amount", {
        header: t("wallet.amount"),
        align: "right",
        cell: ({ row }) => (
          <span
            className={`whitespace-nowrap tabular-nums ${Number(row.original.amount) < 0 ? "text-ui-fg-error" : "text-ui-tag-green-text"}`}
            data-testid="wallet-entry-amount"
          >
            {formatReward(row.original.amount, row.original, { signed: true })}
          </span>
        ),
      }),
    ],
    [words, sourceOf, t, labels]
  )
}

/** The wallet's statement, newest first, a page at a time, optionally one kind only. */
const Statement = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const paginationTexts = usePaginationTexts()
  const pages = usePagination(PAGE_SIZE)
  const { pagination, setPagination, page } = pages
  const [kind, setKind] = useListFilter<RewardKind | typeof ALL>(ALL, pages)
  const query = useMemo(() => ({ kind: kind === ALL ? undefined : kind, ...page }), [kind, page])
  const { data, isLoading, isError, error } = useDealerWallet(dealerId, query)
  const entryColumns = useEntryColumns()
  const table = useDataTable({
    columns: entryColumns,
    data: data?.entries ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <div data-testid="wallet-statement">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-x-2">
          <Text size="small" weight="plus">
            {t("wallet.statement")}
          </Text>
          <FilterSelect
            label={t("wallet.filterByKind")}
            allLabel={t("wallet.allKinds")}
            value={kind}
            options={KINDS}
            optionLabels={labels.rewardKind}
            testId="wallet-kind-filter"
            onChange={setKind}
          />
        </DataTable.Toolbar>
        {isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {errorMessage(error)}
          </Text>
        )}
        {data && !data.count ? (
          <Text size="small" className="text-ui-fg-muted px-6 pb-4" data-testid="wallet-statement-empty">
            {kind === ALL
              ? t("wallet.noEntries")
              : t("wallet.noEntriesOfKind", { kind: labels.rewardKind[kind].toLowerCase() })}
          </Text>
        ) : (
          <>
            <DataTable.Table />
            <DataTable.Pagination translations={paginationTexts} />
          </>
        )}
      </DataTable>
    </div>
  )
}

const referenceSchema = z.object({ reference: requiredText })

/** Mark paid…: the bank's reference of the transfer. */
const MarkPaidPrompt = ({ payout, onClose }: { payout: DealerPayout | null; onClose: () => void }) => {
  const { t } = useTexts("rewards")
  const form = useForm({ resolver: formResolver(referenceSchema), defaultValues: { reference: "" } })
  const action = usePayoutAction()

  const close = () => {
    form.reset()
    onClose()
  }

  return (
    <PromptForm
      form={form}
      open={!!payout}
      onOpenChange={(open) => !open && close()}
      title={t("wallet.markPaidTitle")}
      description={payout ? t("wallet.markPaidDescription", { amount: formatMoney(payout.amount, payout.currency_code) }) : ""}
      submitLabel={t("wallet.markPaid")}
      submitDisabled={!form.watch("reference").trim()}
      onSubmit={async ({ reference }) => {
        if (!payout) return
        await action.mutateAsync({ id: payout.id, action: "mark-paid", reference })
        toast.success(t("wallet.markedPaid", { amount: formatMoney(payout.amount, payout.currency_code) }))
        close()
      }}
    >
      <Input
        id="payout-reference"
        aria-label={t("wallet.bankReference")}
        placeholder={t("wallet.bankReference")}
        autoComplete="off"
        required
        {...form.register("reference")}
      />
    </PromptForm>
  )
}

/** What a payout did: the bank reference, the orders offset, the points, the discount code. */
const payoutDetails = (payout: DealerPayout, t: Translate): string => {
  const details = payout.details ?? {}
  const parts: string[] = []
  if (payout.reference) parts.push(t("wallet.ref", { reference: payout.reference }))
  if (details.credit_lines?.length) {
    parts.push(t("wallet.orders", { orders: details.credit_lines.map((line) => `#${line.display_id}`).join(", ") }))
  }
  if (details.points) parts.push(countOf(details.points, "point"))
  if (details.code) parts.push(t("wallet.code", { code: details.code }))
  if (details.cancel_reason) parts.push(details.cancel_reason)
  if (payout.note) parts.push(payout.note)
  return parts.join(" · ") || "-"
}

const payoutColumnHelper = createDataTableColumnHelper<DealerPayout>()

/** The dealer's payouts, with the cash ones' actions: approve, mark paid (after the bank export), cancel. */
const Payouts = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const paginationTexts = usePaginationTexts()
  const { pagination, setPagination, page } = usePagination(PAGE_SIZE)
  const [markingPaid, setMarkingPaid] = useState<DealerPayout | null>(null)
  const { data, isLoading, isError, error } = useDealerPayouts(dealerId, page)
  const { data: approved } = useDealerPayouts(dealerId, { status: "approved", form: "cash", limit: 1 })
  const action = usePayoutAction()
  const prompt = usePrompt()

  const columns = useMemo(() => {
    const approve = async (payout: DealerPayout) => {
      try {
        await action.mutateAsync({ id: payout.id, action: "approve" })
        toast.success(t("wallet.approved", { amount: formatMoney(payout.amount, payout.currency_code) }))
      } catch (err) {
        toast.error(refusalText(err))
      }
    }
    const cancel = async (payout: DealerPayout) => {
      const confirmed = await prompt({
        title: t("wallet.cancelTitle"),
        description: t("wallet.cancelDescription", { amount: formatMoney(payout.amount, payout.currency_code) }),
        confirmText: t("wallet.cancelConfirm"),
        cancelText: t("wallet.keepIt"),
      })
      if (!confirmed) return
      try {
        await action.mutateAsync({ id: payout.id, action: "cancel" })
        toast.success(t("wallet.canceled", { amount: formatMoney(payout.amount, payout.currency_code) }))
      } catch (err) {
        toast.error(refusalText(err))
      }
    }
    return [
      payoutColumnHelper.accessor("created_at", {
        header: t("wallet.date"),
        cell: ({ getValue }) => formatDate(getValue()),
      }),
      payoutColumnHelper.accessor("form", {
        header: t("wallet.form"),
        cell: ({ getValue }) => labels.payoutForm[getValue()] ?? humanize(getValue()),
      }),
      payoutColumnHelper.accessor("amount", {
        header: t("wallet.amount"),
        align: "right",
        cell: ({ row }) => (
          <span className="tabular-nums">{formatMoney(row.original.amount, row.original.currency_code)}</span>
        ),
      }),
      payoutColumnHelper.accessor("status", {
        header: t("wallet.status"),
        cell: ({ getValue }) => (
          <StatusBadge color={PAYOUT_STATUS_COLORS[getValue()] ?? "grey"} data-testid="payout-status">
            {labels.payoutStatus[getValue()] ?? humanize(getValue())}
          </StatusBadge>
        ),
      }),
      payoutColumnHelper.display({
        id: "details",
        header: t("wallet.details"),
        cell: ({ row }) => (
          <span className="text-ui-fg-subtle truncate" title={payoutDetails(row.original, t)}>
            {payoutDetails(row.original, t)}
          </span>
        ),
      }),
      payoutColumnHelper.display({
        id: "cash-actions",
        header: "",
        cell: ({ row }) => {
          const payout = row.original
          if (payout.form !== "cash" || !["requested", "approved", "exported"].includes(payout.status)) return null
          return (
            <div className="flex justify-end gap-x-1">
              {payout.status === "requested" && (
                <Button size="small" variant="secondary" type="button" onClick={() => approve(payout)}>
                  {t("wallet.approve")}
                </Button>
              )}
              {payout.status === "exported" && (
                <Button size="small" variant="secondary" type="button" onClick={() => setMarkingPaid(payout)}>
                  {t("wallet.markPaidAction")}
                </Button>
              )}
              <Button size="small" variant="transparent" type="button" onClick={() => cancel(payout)}>
                {t("wallet.cancel")}
              </Button>
            </div>
          )
        },
      }),
    ]
  }, [action, prompt, t, labels])

  const table = useDataTable({
    columns,
    data: data?.payouts ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <div data-testid="dealer-payouts">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-x-2">
          <Text size="small" weight="plus">
            {t("wallet.payouts")}
          </Text>
          {!!approved?.count && (
            <Button size="small" variant="secondary" asChild>
              <Link to="/dealer-network/rewards?tab=payouts">
                <ArrowDownTray />
                {t("wallet.exportBankFile", { count: approved.count })}
              </Link>
            </Button>
          )}
        </DataTable.Toolbar>
        {isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {errorMessage(error)}
          </Text>
        )}
        {data && !data.count ? (
          <Text size="small" className="text-ui-fg-muted px-6 pb-4" data-testid="payouts-empty">
            {t("wallet.noPayouts")}
          </Text>
        ) : (
          <>
            <DataTable.Table />
            <DataTable.Pagination translations={paginationTexts} />
          </>
        )}
      </DataTable>
      <MarkPaidPrompt payout={markingPaid} onClose={() => setMarkingPaid(null)} />
    </div>
  )
}

const balanceKey = (balance: WalletBalance) => `${balance.kind}-${balance.currency_code}`

/**
 * The dealer's reward wallet: balances by kind, what waits for approval, the
 * statement, "Pay out" and the payouts with their cash actions.
 */
export const DealerWalletSection = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const [paying, setPaying] = useState(false)
  const { data: wallet } = useDealerWallet(dealer.id, { limit: 1 })
  const { data: pending } = useRewardAccruals({ dealer_id: dealer.id, status: "pending", limit: 1 })
  const balances = wallet?.wallet.balances ?? []
  const currency = dealer.currency_code.toLowerCase()
  const money = balances.find((b) => b.kind === "money" && b.currency_code.toLowerCase() === currency)
  // The money balance first, in the dealer's currency even when nothing was approved yet.
  const shown: WalletBalance[] = [
    money ?? { kind: "money", currency_code: currency, balance: "0" },
    ...balances.filter((b) => b !== money),
  ]
  const pendingCount = pending?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="dealer-wallet">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("wallet.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("wallet.description")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setPaying(true)} disabled={!wallet}>
          {t("wallet.payOut")}
        </Button>
      </div>
      <StatRow wide={3} className="px-6 py-4">
        {shown.map((balance) => (
          <Stat
            key={balanceKey(balance)}
            label={`${labels.rewardKind[balance.kind] ?? humanize(balance.kind)}${
              balance.kind !== "marketing_points" && balance.currency_code.toLowerCase() !== currency
                ? ` (${balance.currency_code.toUpperCase()})`
                : ""
            }`}
            testId={`wallet-${balance.kind}`}
          >
            {formatReward(balance.balance, balance)}
          </Stat>
        ))}
      </StatRow>
      <div className="flex items-center justify-between gap-x-2 px-6 py-3" data-testid="wallet-pending">
        <Text size="small" className="text-ui-fg-subtle">
          {pendingCount ? t("wallet.pending", { accruals: countOf(pendingCount, "accrual") }) : t("wallet.nothingPending")}
        </Text>
        <Link
          to={`/dealer-network/rewards?dealer_id=${dealer.id}&status=${pendingCount ? "pending" : "all"}`}
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          {pendingCount ? t("wallet.reviewPending") : t("wallet.allAccruals")}
        </Link>
      </div>
      <Statement dealerId={dealer.id} />
      <Payouts dealerId={dealer.id} />
      <PayoutDrawer dealer={dealer} open={paying} onOpenChange={setPaying} available={money?.balance ?? "0"} />
    </Container>
  )
}
