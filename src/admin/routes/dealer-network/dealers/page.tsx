import { defineRouteConfig } from "@medusajs/admin-sdk"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateDealerDrawer } from "../../../components/create-dealer-drawer"
import { DealerRoleBadge, DealerStatusBadge } from "../../../components/dealer-badges"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, useListFilter, usePagination } from "../../../components/list-page"
import { useDealers } from "../../../hooks/use-dealers"
import { useTexts } from "../../../hooks/use-texts"
import { useLabels } from "../../../lib/labels"
import { adminText } from "../../../lib/locale"
import { DEALER_ROLES, DEALER_STATUSES } from "../../../../types/dealer-network"
import { withQueryClient } from "../../../lib/query-client"
import type { Dealer, DealerRole, DealerStatus } from "../../../../types/dealer-network"

const columnHelper = createDataTableColumnHelper<Dealer>()

const useColumns = () => {
  const { t } = useTexts("dealerPage")
  return useMemo(
    () => [
      columnHelper.accessor("code", {
        header: t("list.code"),
        cell: ({ row }) => (
          <Link
            to={`/dealer-network/dealers/${row.original.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
            onClick={(e) => e.stopPropagation()}
          >
            {row.original.code}
          </Link>
        ),
      }),
      columnHelper.accessor("name", { header: t("list.name") }),
      columnHelper.accessor("role", {
        header: t("list.role"),
        cell: ({ getValue }) => <DealerRoleBadge role={getValue()} />,
      }),
      columnHelper.accessor("status", {
        header: t("list.status"),
        cell: ({ getValue }) => <DealerStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("tier.name", {
        header: t("list.tier"),
        cell: ({ row }) => row.original.tier?.name ?? "-",
      }),
      columnHelper.accessor("parent.code", {
        header: t("list.parent"),
        cell: ({ row }) => row.original.parent?.code ?? "-",
      }),
      columnHelper.accessor("city", {
        header: t("list.city"),
        cell: ({ row }) =>
          [row.original.city, row.original.country_code?.toUpperCase()].filter(Boolean).join(", ") || "-",
      }),
    ],
    [t]
  )
}

const DealersPage = () => {
  const { t } = useTexts("dealerPage")
  const labels = useLabels()
  const columns = useColumns()
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const pages = usePagination()
  const [role, setRole] = useListFilter<DealerRole | typeof ALL>(ALL, pages)
  const [status, setStatus] = useListFilter<DealerStatus | typeof ALL>(ALL, pages)

  const query = useMemo(
    () => ({
      q: search.trim() || undefined,
      role: role === ALL ? undefined : role,
      status: status === ALL ? undefined : status,
      ...pages.page,
      order: "code",
    }),
    [search, role, status, pages.page]
  )
  const { data, isLoading, error } = useDealers(query)

  return (
    <ListPage
      heading={t("list.heading")}
      description={t("list.description")}
      filters={
        <>
          <FilterSelect
            label={t("list.filterByRole")}
            allLabel={t("list.allRoles")}
            value={role}
            options={DEALER_ROLES}
            optionLabels={labels.role}
            testId="role-filter"
            onChange={setRole}
          />
          <FilterSelect
            label={t("list.filterByStatus")}
            allLabel={t("list.allStatuses")}
            value={status}
            options={DEALER_STATUSES}
            optionLabels={labels.dealerStatus}
            testId="status-filter"
            onChange={setStatus}
          />
        </>
      }
      search={{ value: search, onChange: setSearch, placeholder: t("list.search") }}
      actions={<CreateDealerDrawer />}
      columns={columns}
      rows={data?.dealers}
      count={data?.count}
      isLoading={isLoading}
      error={error}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/dealer-network/dealers/${row.id}`)}
      pagination={pages}
      emptyState={{
        empty: { heading: t("list.emptyHeading"), description: t("list.emptyDescription") },
        filtered: { heading: t("list.filteredHeading"), description: t("list.filteredDescription") },
      }}
    />
  )
}

export const config = defineRouteConfig({
  label: "dealerNetwork.menu.dealers",
  translationNs: "translation",
  rank: 1,
})

export const handle = {
  breadcrumb: () => adminText("dealerPage.list.breadcrumb"),
}

export default withQueryClient(DealersPage)
