import { Badge, createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateProgramDrawer } from "../../../components/create-program-drawer"
import { ListPage, usePagination } from "../../../components/list-page"
import { useRewardPrograms } from "../../../hooks/use-dealer-rewards"
import { useTexts } from "../../../hooks/use-texts"
import { formatValidity } from "../../../lib/dates"
import { humanize, PROGRAM_STATUS_COLORS, useLabels } from "../../../lib/labels"
import type { RewardProgram } from "../../../../types/rewards"

const programColumnHelper = createDataTableColumnHelper<RewardProgram>()

const useProgramColumns = () => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  return useMemo(
    () => [
      programColumnHelper.accessor("code", {
        header: t("programs.code"),
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
        header: t("programs.name"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span className="truncate">{row.original.name}</span>
            {row.original.is_code_defined && (
              <Badge size="2xsmall" color="grey">
                {t("programs.inCode")}
              </Badge>
            )}
          </div>
        ),
      }),
      programColumnHelper.accessor("period_type", {
        header: t("programs.period"),
        cell: ({ getValue }) => labels.periodType[getValue()] ?? humanize(getValue()),
      }),
      programColumnHelper.accessor("status", {
        header: t("programs.status"),
        cell: ({ getValue }) => (
          <StatusBadge color={PROGRAM_STATUS_COLORS[getValue()] ?? "grey"}>{labels.programStatus[getValue()] ?? humanize(getValue())}</StatusBadge>
        ),
      }),
      programColumnHelper.accessor("rules", {
        header: t("programs.rules"),
        align: "right",
        cell: ({ row }) => (
          <span className="tabular-nums" data-testid="program-rule-count">
            {row.original.rules.length}
          </span>
        ),
      }),
      programColumnHelper.accessor("currency_code", {
        header: t("programs.currency"),
        cell: ({ getValue }) => getValue().toUpperCase(),
      }),
      programColumnHelper.accessor("valid_from", {
        header: t("programs.valid"),
        cell: ({ row }) =>
          formatValidity(row.original.valid_from, row.original.valid_to),
      }),
    ],
    [t, labels]
  )
}

export const ProgramsTab = () => {
  const { t } = useTexts("rewards")
  const programColumns = useProgramColumns()
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
      heading={t("programs.heading")}
      level="h2"
      description={t("programs.description")}
      testId="programs-section"
      search={{ value: search, onChange: setSearch, placeholder: t("programs.search") }}
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
        empty: { heading: t("programs.emptyHeading"), description: t("programs.emptyDescription") },
        filtered: { heading: t("programs.filteredHeading"), description: t("programs.filteredDescription") },
      }}
    />
  )
}
