import { Badge, createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateProgramDrawer } from "../../../components/create-program-drawer"
import { ListPage, usePagination } from "../../../components/list-page"
import { useRewardPrograms } from "../../../hooks/use-dealer-rewards"
import { formatDate } from "../../../lib/dates"
import { humanize, PERIOD_TYPE_LABELS, PROGRAM_STATUS_COLORS } from "../../../lib/labels"
import type { RewardProgram } from "../../../../types/rewards"

const programColumnHelper = createDataTableColumnHelper<RewardProgram>()

const programColumns = [
  programColumnHelper.accessor("code", {
    header: "Code",
    cell: ({ row }) => (
      <Link
        to={`/dealer-network/rewards/${row.original.id}`}
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

export const ProgramsTab = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const pages = usePagination()
  const query = useMemo(
    () => ({
      q: search.trim() || undefined,
      ...pages.page,
      order: "code",
    }),
    [search, pages.page]
  )
  const { data, isLoading, error } = useRewardPrograms(query)

  return (
    <ListPage
      heading="Programs"
      level="h2"
      description="Dealers take part through their agreement in force. Programs defined in code are read-only here."
      testId="programs-section"
      search={{ value: search, onChange: setSearch, placeholder: "Search programs" }}
      actions={<CreateProgramDrawer />}
      columns={programColumns}
      rows={data?.programs}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/dealer-network/rewards/${row.id}`)}
      pagination={pages}
      emptyState={{
        empty: { heading: "No reward programs yet", description: "Create the first program with its rules." },
        filtered: { heading: "No programs match", description: "Try another search." },
      }}
    />
  )
}
