import {
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTableRowSelectionState,
  Input,
  toast,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { AccrualExplanationDrawer, AccrualStatusBadge } from "../../../components/accrual-explanation"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, usePagination } from "../../../components/list-page"
import { useApproveAccruals, useRewardAccruals, useRewardPrograms } from "../../../hooks/use-dealer-rewards"
import { DealerFilterChip } from "../../../components/dealer-filter-chip"
import { formatDate, formatPeriod, isRewardPeriod } from "../../../lib/dates"
import { refusalText } from "../../../lib/errors"
import { useTexts } from "../../../hooks/use-texts"
import { humanize, useLabels } from "../../../lib/labels"
import { ACCRUAL_STATUSES } from "../../../../types/rewards"
import { countOf } from "../../../lib/numbers"
import { formatReward } from "../../../lib/reward-text"
import type { AccrualStatus, AdminRewardAccrual } from "../../../../types/rewards"
import { RejectAccrualsPrompt } from "./reject-accruals-prompt"

/** The accrual filters, kept in the address so a dealer's page can link to its pending ones. */
export type AccrualFilters = {
  status: AccrualStatus | typeof ALL
  period: string
  program_id: string
  dealer_id: string
}

const selectedIds = (selection: DataTableRowSelectionState) => Object.keys(selection).filter((id) => selection[id])


const accrualColumnHelper = createDataTableColumnHelper<AdminRewardAccrual>()
const commandHelper = createDataTableCommandHelper()

export const AccrualsTab = ({
  filters,
  setFilters,
}: {
  filters: AccrualFilters
  setFilters: (patch: Partial<AccrualFilters>) => void
}) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const pages = usePagination()
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [rejecting, setRejecting] = useState<string[] | null>(null)
  const [shown, setShown] = useState<AdminRewardAccrual | null>(null)
  const [periodText, setPeriodText] = useState(filters.period)

  // A new filter starts from the first page with nothing selected.
  const filterKey = `${filters.status}|${filters.period}|${filters.program_id}|${filters.dealer_id}`
  useEffect(() => {
    pages.resetPage()
    setSelection({})
  }, [filterKey])
  useEffect(() => setPeriodText(filters.period), [filters.period])

  const query = useMemo(
    () => ({
      status: filters.status === ALL ? undefined : filters.status,
      period_key: filters.period || undefined,
      program_id: filters.program_id || undefined,
      dealer_id: filters.dealer_id || undefined,
      ...pages.page,
    }),
    [filters, pages.page]
  )
  const { data, isLoading, error } = useRewardAccruals(query)
  const { data: programData } = useRewardPrograms()
  const accruals = data?.accruals ?? []
  const programs = programData?.programs ?? []

  const approve = useApproveAccruals()

  const columns = useMemo(
    () => [
      accrualColumnHelper.select(),
      accrualColumnHelper.accessor("dealer_id", {
        header: t("accruals.dealer"),
        cell: ({ row }) => {
          const dealer = row.original.dealer
          return dealer ? (
            <div className="flex min-w-0 flex-col">
              <Link
                to={`/dealer-network/dealers/${dealer.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
                onClick={(e) => e.stopPropagation()}
              >
                {dealer.code}
              </Link>
              <span className="text-ui-fg-subtle max-w-[180px] truncate" title={dealer.name}>
                {dealer.name}
              </span>
            </div>
          ) : (
            <span className="text-ui-fg-muted">{row.original.dealer_id}</span>
          )
        },
      }),
      accrualColumnHelper.accessor("rule_id", {
        header: t("accruals.programRule"),
        cell: ({ row }) => (
          <span data-testid="accrual-rule">
            {[row.original.program?.code, row.original.rule?.name].filter(Boolean).join(" · ") || row.original.rule_id}
          </span>
        ),
      }),
      accrualColumnHelper.accessor("period_key", { header: t("accruals.period"), cell: ({ getValue }) => formatPeriod(getValue()) }),
      accrualColumnHelper.accessor("kind", {
        header: t("accruals.kind"),
        cell: ({ getValue }) => labels.rewardKind[getValue()] ?? humanize(getValue()),
      }),
      accrualColumnHelper.accessor("amount", {
        header: t("accruals.amount"),
        align: "right",
        cell: ({ row }) => (
          <span
            className={`tabular-nums ${Number(row.original.amount) < 0 ? "text-ui-fg-error" : ""}`}
            data-testid="accrual-amount"
          >
            {formatReward(row.original.amount, row.original)}
          </span>
        ),
      }),
      accrualColumnHelper.accessor("status", {
        header: t("accruals.status"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <AccrualStatusBadge status={row.original.status} />
            {row.original.rejection_reason && (
              <span className="text-ui-fg-subtle max-w-[160px] truncate" title={row.original.rejection_reason}>
                {row.original.rejection_reason}
              </span>
            )}
          </div>
        ),
      }),
      accrualColumnHelper.accessor("created_at", {
        header: t("accruals.closed"),
        cell: ({ getValue }) => formatDate(getValue()),
      }),
    ],
    [t, labels]
  )

  const commands = useMemo(
    () => [
      commandHelper.command({
        label: t("accruals.approve"),
        shortcut: "a",
        action: async (rows) => {
          const ids = selectedIds(rows)
          try {
            const result = await approve.mutateAsync(ids)
            const accruals = countOf(result.approved.length, "accrual")
            toast.success(
              result.skipped.length
                ? t("accruals.approvedSkipped", { accruals, skipped: result.skipped.length })
                : t("accruals.approved", { accruals })
            )
            setSelection({})
          } catch (err) {
            toast.error(refusalText(err))
          }
        },
      }),
      commandHelper.command({
        label: t("accruals.reject"),
        shortcut: "r",
        action: (rows) => setRejecting(selectedIds(rows)),
      }),
    ],
    [approve, t]
  )

  const narrowed = !!filters.period || !!filters.program_id || !!filters.dealer_id
  const empty =
    filters.status === "pending" && !narrowed
      ? { heading: t("accruals.nothingWaiting"), description: t("accruals.nothingWaitingHint") }
      : filters.status !== ALL || narrowed
        ? { heading: t("accruals.noMatch"), description: t("accruals.noMatchHint") }
        : { heading: t("accruals.none"), description: t("accruals.noneHint") }
  const periodInvalid = !!periodText.trim() && !isRewardPeriod(periodText.trim())

  return (
    <ListPage
      heading={t("accruals.heading")}
      level="h2"
      description={t("accruals.description")}
      testId="accruals-section"
      filters={
        <>
          {filters.dealer_id && (
            <DealerFilterChip testId="accrual-dealer-filter" dealerId={filters.dealer_id} onClear={() => setFilters({ dealer_id: "" })} />
          )}
          <Input
            size="small"
            className="w-36"
            placeholder={t("accruals.periodPlaceholder")}
            aria-label={t("accruals.filterByPeriod")}
            data-testid="accrual-period-filter"
            value={periodText}
            aria-invalid={periodInvalid}
            onChange={(e) => {
              const value = e.target.value
              setPeriodText(value)
              if (!value.trim() || isRewardPeriod(value.trim())) setFilters({ period: value.trim() })
            }}
          />
          <FilterSelect
            label={t("accruals.filterByStatus")}
            allLabel={t("accruals.allStatuses")}
            value={filters.status}
            options={ACCRUAL_STATUSES}
            optionLabels={labels.accrualStatus}
            testId="accrual-status-filter"
            onChange={(status) => setFilters({ status })}
          />
          <FilterSelect
            label={t("accruals.filterByProgram")}
            allLabel={t("accruals.allPrograms")}
            value={filters.program_id || ALL}
            options={programs.map((p) => p.id)}
            optionLabels={Object.fromEntries(programs.map((p) => [p.id, p.code]))}
            testId="accrual-program-filter"
            onChange={(programId) => setFilters({ program_id: programId === ALL ? "" : programId })}
          />
        </>
      }
      columns={columns}
      rows={accruals}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={setShown}
      pagination={pages}
      commands={commands}
      rowSelection={{
        state: selection,
        onChange: setSelection,
        enabled: (row) => row.status === "pending" || row.status === "held",
      }}
      emptyState={{ empty }}
    >
      <AccrualExplanationDrawer
        accrual={shown}
        dealer={shown?.dealer ?? null}
        onClose={() => setShown(null)}
      />
      <RejectAccrualsPrompt
        ids={rejecting}
        onClose={(done) => {
          setRejecting(null)
          if (done) setSelection({})
        }}
      />
    </ListPage>
  )
}
