import { zodResolver } from "@hookform/resolvers/zod"
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
import { formatDate, formatMonth } from "../lib/dates"
import { useTexts } from "../hooks/use-texts"
import { errorMessage } from "../lib/errors"
import { humanize, PAYOUT_FORM_LABELS, PAYOUT_STATUS_COLORS, REWARD_KIND_LABELS } from "../lib/labels"
import { countOf, formatMoney, formatNumber } from "../lib/numbers"
import { formatReward } from "../lib/reward-text"
import type { Dealer } from "../../types/dealer-network"
import type { DealerPayout, RewardKind, WalletBalance, WalletEntry } from "../../types/rewards"
import { ALL, FilterSelect } from "./filter-select"
import { PromptForm } from "./form/prompt-form"
import { useListFilter, usePagination } from "./list-page"
import { requiredText } from "./form/schema"
import { PayoutDrawer } from "./payout-drawer"
import { Stat } from "./stat"

const PAGE_SIZE = 10
const KINDS: RewardKind[] = ["money", "marketing_points", "event_credit"]

const SOURCE_LABELS: Record<WalletEntry["source_type"], string> = {
  accrual: "Approved reward",
  payout: "Payout",
  payout_reversal: "Payout reversed",
  conversion: "Conversion",
  event_registration: "Event seats",
  event_refund: "Event seats refunded",
  material_request: "Marketing materials",
  material_refund: "Marketing materials returned",
}

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
        return source.program ? t("sources.reward", { program: source.program, period: source.period ? formatMonth(source.period) : "" }) : null
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
  const words = useEntryWords()
  return useMemo(
    () => [
      entryColumnHelper.accessor("created_at", {
        header: "Date",
        cell: ({ getValue }) => <span className="whitespace-nowrap">{formatDate(getValue())}</span>,
      }),
      entryColumnHelper.accessor("description", {
        header: "Entry",
        cell: ({ row }) => {
          const text = words(row.original) ?? row.original.description ?? SOURCE_LABELS[row.original.source_type] ?? humanize(row.original.source_type)
          return (
            <div className="flex min-w-0 max-w-[320px] flex-col">
              <span className="truncate" title={text} data-testid="wallet-entry-text">
                {text}
              </span>
              <span className="text-ui-fg-subtle truncate">{SOURCE_LABELS[row.original.source_type] ?? humanize(row.original.source_type)}</span>
            </div>
          )
        },
      }),
      entryColumnHelper.accessor("kind", {
        header: "Kind",
        cell: ({ getValue }) => <span className="whitespace-nowrap">{REWARD_KIND_LABELS[getValue()] ?? humanize(getValue())}</span>,
      }),
      entryColumnHelper.accessor("amount", {
        header: "Amount",
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
    [words]
  )
}

/** The wallet's statement, newest first, a page at a time, optionally one kind only. */
const Statement = ({ dealerId }: { dealerId: string }) => {
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
            Statement
          </Text>
          <FilterSelect
            label="Filter the statement by kind"
            allLabel="All kinds"
            value={kind}
            options={KINDS}
            optionLabels={REWARD_KIND_LABELS}
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
              ? "No entries yet: approved rewards and payouts appear here."
              : `No ${REWARD_KIND_LABELS[kind].toLowerCase()} entries.`}
          </Text>
        ) : (
          <>
            <DataTable.Table />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
    </div>
  )
}

const referenceSchema = z.object({ reference: requiredText })

/** Mark paid…: the bank's reference of the transfer. */
const MarkPaidPrompt = ({ payout, onClose }: { payout: DealerPayout | null; onClose: () => void }) => {
  const form = useForm({ resolver: zodResolver(referenceSchema), defaultValues: { reference: "" } })
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
      title="Mark the payout paid"
      description={
        <>
          {payout && formatMoney(payout.amount, payout.currency_code)} went out with the bank file. Enter the bank's
          reference of the transfer.
        </>
      }
      submitLabel="Mark paid"
      submitDisabled={!form.watch("reference").trim()}
      onSubmit={async ({ reference }) => {
        if (!payout) return
        await action.mutateAsync({ id: payout.id, action: "mark-paid", reference })
        toast.success(`Payout of ${formatMoney(payout.amount, payout.currency_code)} marked paid`)
        close()
      }}
    >
      <Input
        id="payout-reference"
        aria-label="Bank reference"
        placeholder="Bank reference"
        autoComplete="off"
        required
        {...form.register("reference")}
      />
    </PromptForm>
  )
}

/** What a payout did: the bank reference, the orders offset, the points, the discount code. */
const payoutDetails = (payout: DealerPayout): string => {
  const details = payout.details ?? {}
  const parts: string[] = []
  if (payout.reference) parts.push(`Ref. ${payout.reference}`)
  if (details.credit_lines?.length) parts.push(`Orders ${details.credit_lines.map((line) => `#${line.display_id}`).join(", ")}`)
  if (details.points) parts.push(`${formatNumber(details.points)} points`)
  if (details.code) parts.push(`Code ${details.code}`)
  if (details.cancel_reason) parts.push(details.cancel_reason)
  if (payout.note) parts.push(payout.note)
  return parts.join(" · ") || "-"
}

const payoutColumnHelper = createDataTableColumnHelper<DealerPayout>()

/** The dealer's payouts, with the cash ones' actions: approve, mark paid (after the bank export), cancel. */
const Payouts = ({ dealerId }: { dealerId: string }) => {
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
        toast.success(`Payout of ${formatMoney(payout.amount, payout.currency_code)} approved for the bank file`)
      } catch (err) {
        toast.error(errorMessage(err))
      }
    }
    const cancel = async (payout: DealerPayout) => {
      const confirmed = await prompt({
        title: "Cancel the payout?",
        description: `${formatMoney(payout.amount, payout.currency_code)} goes back to the dealer's wallet.`,
        confirmText: "Cancel payout",
        cancelText: "Keep it",
      })
      if (!confirmed) return
      try {
        await action.mutateAsync({ id: payout.id, action: "cancel" })
        toast.success(`Payout canceled; ${formatMoney(payout.amount, payout.currency_code)} is back in the wallet`)
      } catch (err) {
        toast.error(errorMessage(err))
      }
    }
    return [
      payoutColumnHelper.accessor("created_at", {
        header: "Date",
        cell: ({ getValue }) => formatDate(getValue()),
      }),
      payoutColumnHelper.accessor("form", {
        header: "Form",
        cell: ({ getValue }) => PAYOUT_FORM_LABELS[getValue()] ?? humanize(getValue()),
      }),
      payoutColumnHelper.accessor("amount", {
        header: "Amount",
        align: "right",
        cell: ({ row }) => (
          <span className="tabular-nums">{formatMoney(row.original.amount, row.original.currency_code)}</span>
        ),
      }),
      payoutColumnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => (
          <StatusBadge color={PAYOUT_STATUS_COLORS[getValue()] ?? "grey"} data-testid="payout-status">
            {humanize(getValue())}
          </StatusBadge>
        ),
      }),
      payoutColumnHelper.display({
        id: "details",
        header: "Details",
        cell: ({ row }) => (
          <span className="text-ui-fg-subtle truncate" title={payoutDetails(row.original)}>
            {payoutDetails(row.original)}
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
                  Approve
                </Button>
              )}
              {payout.status === "exported" && (
                <Button size="small" variant="secondary" type="button" onClick={() => setMarkingPaid(payout)}>
                  Mark paid…
                </Button>
              )}
              <Button size="small" variant="transparent" type="button" onClick={() => cancel(payout)}>
                Cancel
              </Button>
            </div>
          )
        },
      }),
    ]
  }, [action, prompt])

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
            Payouts
          </Text>
          {!!approved?.count && (
            <Button size="small" variant="secondary" asChild>
              <Link to="/dealer-network/rewards?tab=payouts">
                <ArrowDownTray />
                Export bank file ({approved.count})
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
            No payouts yet.
          </Text>
        ) : (
          <>
            <DataTable.Table />
            <DataTable.Pagination />
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
          <Heading level="h2">Rewards wallet</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Approved rewards, less what was paid out
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setPaying(true)} disabled={!wallet}>
          Pay out
        </Button>
      </div>
      <div className="grid grid-cols-2 gap-3 px-6 py-4 lg:grid-cols-3">
        {shown.map((balance) => (
          <Stat
            key={balanceKey(balance)}
            label={`${REWARD_KIND_LABELS[balance.kind] ?? humanize(balance.kind)}${
              balance.kind !== "marketing_points" && balance.currency_code.toLowerCase() !== currency
                ? ` (${balance.currency_code.toUpperCase()})`
                : ""
            }`}
            testId={`wallet-${balance.kind}`}
          >
            {formatReward(balance.balance, balance)}
          </Stat>
        ))}
      </div>
      <div className="flex items-center justify-between gap-x-2 px-6 py-3" data-testid="wallet-pending">
        <Text size="small" className="text-ui-fg-subtle">
          {pendingCount ? `${countOf(pendingCount, "accrual")} waiting for approval` : "Nothing waiting for approval"}
        </Text>
        <Link
          to={`/dealer-network/rewards?dealer_id=${dealer.id}&status=${pendingCount ? "pending" : "all"}`}
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          {pendingCount ? "Review pending accruals" : "All accruals"}
        </Link>
      </div>
      <Statement dealerId={dealer.id} />
      <Payouts dealerId={dealer.id} />
      <PayoutDrawer dealer={dealer} open={paying} onOpenChange={setPaying} available={money?.balance ?? "0"} />
    </Container>
  )
}
