import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Trophy, XMarkMini } from "@medusajs/icons"
import {
  Alert,
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTable,
  DataTablePaginationState,
  DataTableRowSelectionState,
  Heading,
  IconButton,
  Input,
  Prompt,
  StatusBadge,
  Tabs,
  Text,
  Textarea,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { AccrualExplanationDrawer, AccrualStatusBadge } from "../../components/accrual-explanation"
import { ClosePeriodButton } from "../../components/close-period-button"
import { CreateProgramDrawer } from "../../components/create-program-drawer"
import { Field } from "../../components/field"
import { ALL, FilterSelect } from "../../components/filter-select"
import {
  useApproveAccruals,
  useRejectAccruals,
  useRewardAccruals,
  useRewardPrograms,
} from "../../hooks/use-dealer-rewards"
import { useDealer, useDealers } from "../../hooks/use-dealers"
import { clickedRow } from "../../lib/data-table"
import {
  ACCRUAL_STATUS_LABELS,
  countOf,
  errorMessage,
  formatDate,
  formatReward,
  humanize,
  isRewardPeriod,
  PERIOD_TYPE_LABELS,
  PROGRAM_STATUS_COLORS,
  REWARD_KIND_LABELS,
} from "../../lib/format"
import { ACCRUAL_STATUSES } from "../../../types/rewards"
import { withQueryClient } from "../../lib/query-client"
import type { DealerRef } from "../../../types/dealer-network"
import type { AccrualStatus, RewardAccrual, RewardProgram } from "../../../types/rewards"

const PAGE_SIZE = 20

type Tab = "accruals" | "programs"

/** The accrual filters, kept in the address so a dealer's page can link to its pending ones. */
type AccrualFilters = {
  status: AccrualStatus | typeof ALL
  period: string
  program_id: string
  dealer_id: string
}

const isAccrualStatus = (value: string | null): value is AccrualStatus =>
  !!value && (ACCRUAL_STATUSES as readonly string[]).includes(value)

const selectedIds = (selection: DataTableRowSelectionState) => Object.keys(selection).filter((id) => selection[id])

/** Reject…: the reason is kept with every accrual rejected. */
const RejectAccrualsPrompt = ({ ids, onClose }: { ids: string[] | null; onClose: (done: boolean) => void }) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const reject = useRejectAccruals()

  const close = (done: boolean) => {
    setReason("")
    setError(null)
    onClose(done)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ids) return
    setError(null)
    try {
      const result = await reject.mutateAsync({ ids, reason: reason.trim() })
      toast.success(
        `Rejected ${countOf(result.rejected.length, "accrual")}${
          result.skipped.length ? `; ${result.skipped.length} skipped (already decided)` : ""
        }`
      )
      close(true)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Prompt open={!!ids} onOpenChange={(open) => !open && close(false)}>
      <Prompt.Content className="max-w-[480px]">
        <form onSubmit={onSubmit}>
          <Prompt.Header>
            <Prompt.Title>Reject {countOf(ids?.length ?? 0, "accrual")}</Prompt.Title>
            <Prompt.Description>
              Rejected rewards never reach the wallets. The reason is kept with each of them.
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-3 px-6 pt-4">
            {error && (
              <Alert variant="error" dismissible={false}>
                {error}
              </Alert>
            )}
            <Field id="reject-accruals-reason" label="Reason">
              <Textarea
                id="reject-accruals-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
                required
              />
            </Field>
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button size="small" variant="danger" type="submit" isLoading={reject.isPending} disabled={!reason.trim()}>
              Reject
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}

/** The dealer the accruals are narrowed to, with a button to widen them again. */
const DealerFilterChip = ({ dealerId, onClear }: { dealerId: string; onClear: () => void }) => {
  const { data } = useDealer(dealerId)
  return (
    <Badge size="small" className="flex items-center gap-x-1 pr-0.5" data-testid="accrual-dealer-filter">
      Dealer: {data?.dealer.code ?? dealerId}
      <IconButton size="2xsmall" variant="transparent" type="button" aria-label="Show every dealer" onClick={onClear}>
        <XMarkMini />
      </IconButton>
    </Badge>
  )
}

const accrualColumnHelper = createDataTableColumnHelper<RewardAccrual>()
const commandHelper = createDataTableCommandHelper()

const AccrualsTab = ({
  filters,
  setFilters,
}: {
  filters: AccrualFilters
  setFilters: (patch: Partial<AccrualFilters>) => void
}) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [rejecting, setRejecting] = useState<string[] | null>(null)
  const [shown, setShown] = useState<RewardAccrual | null>(null)
  const [periodText, setPeriodText] = useState(filters.period)

  // A new filter starts from the first page with nothing selected.
  const filterKey = `${filters.status}|${filters.period}|${filters.program_id}|${filters.dealer_id}`
  useEffect(() => {
    setPagination((p) => ({ ...p, pageIndex: 0 }))
    setSelection({})
  }, [filterKey])
  useEffect(() => setPeriodText(filters.period), [filters.period])

  const query = useMemo(
    () => ({
      status: filters.status === ALL ? undefined : filters.status,
      period_key: filters.period || undefined,
      program_id: filters.program_id || undefined,
      dealer_id: filters.dealer_id || undefined,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
    }),
    [filters, pagination]
  )
  const { data, isLoading, isError, error } = useRewardAccruals(query)
  const { data: programData } = useRewardPrograms()
  const accruals = data?.accruals ?? []
  const dealerIds = useMemo(() => [...new Set(accruals.map((a) => a.dealer_id))].sort(), [accruals])
  const { data: dealerData } = useDealers(
    { id: dealerIds, limit: Math.max(dealerIds.length, 1), fields: "id,code,name" },
    { enabled: dealerIds.length > 0 }
  )
  const dealers = useMemo(
    () => new Map<string, DealerRef>((dealerData?.dealers ?? []).map((d) => [d.id, d])),
    [dealerData]
  )
  const programs = programData?.programs ?? []
  const ruleNames = useMemo(() => {
    const names = new Map<string, string>()
    for (const program of programs) for (const rule of program.rules) names.set(rule.id, `${program.code} · ${rule.name}`)
    return names
  }, [programs])

  const approve = useApproveAccruals()

  const columns = useMemo(
    () => [
      accrualColumnHelper.select(),
      accrualColumnHelper.accessor("dealer_id", {
        header: "Dealer",
        cell: ({ row }) => {
          const dealer = dealers.get(row.original.dealer_id)
          return dealer ? (
            <div className="flex min-w-0 flex-col">
              <Link
                to={`/dealers/${dealer.id}`}
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
        header: "Program · rule",
        cell: ({ row }) => (
          <span data-testid="accrual-rule">
            {ruleNames.get(row.original.rule_id) ||
              [row.original.explanation?.program?.code, row.original.explanation?.rule?.name].filter(Boolean).join(" · ") ||
              row.original.rule_id}
          </span>
        ),
      }),
      accrualColumnHelper.accessor("period_key", { header: "Period" }),
      accrualColumnHelper.accessor("kind", {
        header: "Kind",
        cell: ({ getValue }) => REWARD_KIND_LABELS[getValue()] ?? humanize(getValue()),
      }),
      accrualColumnHelper.accessor("amount", {
        header: "Amount",
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
        header: "Status",
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
        header: "Closed",
        cell: ({ getValue }) => formatDate(getValue()),
      }),
    ],
    [dealers, ruleNames]
  )

  const commands = useMemo(
    () => [
      commandHelper.command({
        label: "Approve",
        shortcut: "a",
        action: async (rows) => {
          const ids = selectedIds(rows)
          try {
            const result = await approve.mutateAsync(ids)
            toast.success(
              `Approved ${countOf(result.approved.length, "accrual")}${
                result.skipped.length ? `; ${result.skipped.length} skipped (only pending ones are approved)` : ""
              }`
            )
            setSelection({})
          } catch (err) {
            toast.error(errorMessage(err))
          }
        },
      }),
      commandHelper.command({
        label: "Reject…",
        shortcut: "r",
        action: (rows) => setRejecting(selectedIds(rows)),
      }),
    ],
    [approve]
  )

  const table = useDataTable({
    columns,
    data: accruals,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    commands,
    rowSelection: {
      state: selection,
      onRowSelectionChange: setSelection,
      enableRowSelection: (row) => row.original.status === "pending" || row.original.status === "held",
    },
    onRowClick: (_, clicked) => setShown(clickedRow(clicked)),
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const narrowed = !!filters.period || !!filters.program_id || !!filters.dealer_id
  const empty =
    filters.status === "pending" && !narrowed
      ? { heading: "Nothing waiting for approval", description: "A period close adds pending accruals here." }
      : filters.status !== ALL || narrowed
        ? { heading: "No accruals match", description: "Try another period, status, program or dealer." }
        : { heading: "No accruals yet", description: "Close a period to accrue what dealers earned under their programs." }
  const periodInvalid = !!periodText.trim() && !isRewardPeriod(periodText.trim())

  return (
    <Container className="divide-y p-0" data-testid="accruals-section">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level="h2">Accruals</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What each period close found earned. Select pending ones to decide; click one for its workings.
            </Text>
          </div>
          <div className="flex flex-wrap items-center justify-end gap-2 md:shrink-0">
            {filters.dealer_id && (
              <DealerFilterChip dealerId={filters.dealer_id} onClear={() => setFilters({ dealer_id: "" })} />
            )}
            <Input
              size="small"
              className="w-36"
              placeholder="Period, e.g. 2026-11"
              aria-label="Filter by period"
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
              label="Filter by status"
              allLabel="All statuses"
              value={filters.status}
              options={ACCRUAL_STATUSES}
              optionLabels={ACCRUAL_STATUS_LABELS}
              testId="accrual-status-filter"
              onChange={(status) => setFilters({ status })}
            />
            <FilterSelect
              label="Filter by program"
              allLabel="All programs"
              value={filters.program_id || ALL}
              options={programs.map((p) => p.id)}
              optionLabels={Object.fromEntries(programs.map((p) => [p.id, p.code]))}
              testId="accrual-program-filter"
              onChange={(programId) => setFilters({ program_id: programId === ALL ? "" : programId })}
            />
          </div>
        </DataTable.Toolbar>
        {isError && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(error)}
            </Text>
          </div>
        )}
        <DataTable.Table
          emptyState={{ empty }}
        />
        <DataTable.Pagination />
        <DataTable.CommandBar selectedLabel={(count) => `${count} selected`} />
      </DataTable>
      <AccrualExplanationDrawer
        accrual={shown}
        dealer={shown ? dealers.get(shown.dealer_id) ?? null : null}
        onClose={() => setShown(null)}
      />
      <RejectAccrualsPrompt
        ids={rejecting}
        onClose={(done) => {
          setRejecting(null)
          if (done) setSelection({})
        }}
      />
    </Container>
  )
}

const programColumnHelper = createDataTableColumnHelper<RewardProgram>()

const programColumns = [
  programColumnHelper.accessor("code", {
    header: "Code",
    cell: ({ row }) => (
      <Link
        to={`/dealer-rewards/${row.original.id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
        onClick={(e) => e.stopPropagation()}
      >
        {row.original.code}
      </Link>
    ),
  }),
  programColumnHelper.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <div className="flex items-center gap-x-2">
        <span className="truncate">{row.original.name}</span>
        {row.original.is_code_defined && (
          <Badge size="2xsmall" color="grey">
            In code
          </Badge>
        )}
      </div>
    ),
  }),
  programColumnHelper.accessor("period_type", {
    header: "Period",
    cell: ({ getValue }) => PERIOD_TYPE_LABELS[getValue()] ?? humanize(getValue()),
  }),
  programColumnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={PROGRAM_STATUS_COLORS[getValue()] ?? "grey"}>{humanize(getValue())}</StatusBadge>
    ),
  }),
  programColumnHelper.accessor("rules", {
    header: "Rules",
    align: "right",
    cell: ({ row }) => (
      <span className="tabular-nums" data-testid="program-rule-count">
        {row.original.rules.length}
      </span>
    ),
  }),
  programColumnHelper.accessor("currency_code", {
    header: "Currency",
    cell: ({ getValue }) => getValue().toUpperCase(),
  }),
  programColumnHelper.accessor("valid_from", {
    header: "Valid",
    cell: ({ row }) =>
      `${formatDate(row.original.valid_from)} – ${row.original.valid_to ? formatDate(row.original.valid_to) : "open-ended"}`,
  }),
]

const ProgramsTab = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const query = useMemo(
    () => ({
      q: search.trim() || undefined,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      order: "code",
    }),
    [search, pagination]
  )
  const { data, isLoading, isError, error } = useRewardPrograms(query)

  const table = useDataTable({
    columns: programColumns,
    data: data?.programs ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_, clicked) => navigate(`/dealer-rewards/${clickedRow(clicked).id}`),
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-testid="programs-section">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level="h2">Programs</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Dealers take part through their agreement in force. Programs defined in code are read-only here.
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <DataTable.Search placeholder="Search programs" />
            <CreateProgramDrawer />
          </div>
        </DataTable.Toolbar>
        {isError && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(error)}
            </Text>
          </div>
        )}
        <DataTable.Table
          emptyState={{
            empty: { heading: "No reward programs yet", description: "Create the first program with its rules." },
            filtered: { heading: "No programs match", description: "Try another search." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

const DealerRewardsPage = () => {
  const [params, setParams] = useSearchParams()
  const tab: Tab = params.get("tab") === "programs" ? "programs" : "accruals"
  const status = params.get("status")
  const filters: AccrualFilters = {
    // Pending first: that is what waits for a decision.
    status: status === ALL ? ALL : isAccrualStatus(status) ? status : "pending",
    period: params.get("period") ?? "",
    program_id: params.get("program_id") ?? "",
    dealer_id: params.get("dealer_id") ?? "",
  }

  const update = (patch: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )

  return (
    <Tabs value={tab} onValueChange={(value) => update({ tab: value === "programs" ? "programs" : null })}>
      <div className="flex flex-col gap-y-3">
        <Container className="divide-y p-0">
          <div className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
            <div>
              <Heading>Dealer rewards</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Reward programs, the accruals each period close adds, and their approval into the dealers' wallets.
              </Text>
            </div>
            <ClosePeriodButton
              onClosed={(close) =>
                update({ tab: null, period: close.period, status: "pending", program_id: null, dealer_id: null })
              }
            />
          </div>
          <div className="px-6 py-3">
            <Tabs.List>
              <Tabs.Trigger value="accruals">Accruals</Tabs.Trigger>
              <Tabs.Trigger value="programs">Programs</Tabs.Trigger>
            </Tabs.List>
          </div>
        </Container>
        <Tabs.Content value="accruals">
          <AccrualsTab
            filters={filters}
            setFilters={(patch) =>
              update(
                Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value === "" ? null : value]))
              )
            }
          />
        </Tabs.Content>
        <Tabs.Content value="programs">
          <ProgramsTab />
        </Tabs.Content>
      </div>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "Dealer rewards",
  icon: Trophy,
})

export const handle = {
  breadcrumb: () => "Dealer rewards",
}

export default withQueryClient(DealerRewardsPage)
