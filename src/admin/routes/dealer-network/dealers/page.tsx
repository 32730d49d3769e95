import { defineRouteConfig } from "@medusajs/admin-sdk"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateDealerDrawer } from "../../../components/create-dealer-drawer"
import { DealerRoleBadge, DealerStatusBadge } from "../../../components/dealer-badges"
import { ALL, FilterSelect } from "../../../components/filter-select"
import { ListPage, useListFilter, usePagination } from "../../../components/list-page"
import { useDealers } from "../../../hooks/use-dealers"
import { ROLE_LABELS, STATUS_LABELS } from "../../../lib/labels"
import { DEALER_ROLES, DEALER_STATUSES } from "../../../../types/dealer-network"
import { withQueryClient } from "../../../lib/query-client"
import type { Dealer, DealerRole, DealerStatus } from "../../../../types/dealer-network"

const columnHelper = createDataTableColumnHelper<Dealer>()

const columns = [
  columnHelper.accessor("code", {
    header: "Code",
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
  columnHelper.accessor("name", { header: "Name" }),
  columnHelper.accessor("role", {
    header: "Role",
    cell: ({ getValue }) => <DealerRoleBadge role={getValue()} />,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <DealerStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("tier.name", {
    header: "Tier",
    cell: ({ row }) => row.original.tier?.name ?? "-",
  }),
  columnHelper.accessor("parent.code", {
    header: "Parent",
    cell: ({ row }) => row.original.parent?.code ?? "-",
  }),
  columnHelper.accessor("city", {
    header: "City",
    cell: ({ row }) =>
      [row.original.city, row.original.country_code?.toUpperCase()].filter(Boolean).join(", ") || "-",
  }),
]

const DealersPage = () => {
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
      heading="Dealers"
      description="Distributors, dealers and sub-dealers of the partner program"
      filters={
        <>
          <FilterSelect
            label="Filter by role"
            allLabel="All roles"
            value={role}
            options={DEALER_ROLES}
            optionLabels={ROLE_LABELS}
            testId="role-filter"
            onChange={setRole}
          />
          <FilterSelect
            label="Filter by status"
            allLabel="All statuses"
            value={status}
            options={DEALER_STATUSES}
            optionLabels={STATUS_LABELS}
            testId="status-filter"
            onChange={setStatus}
          />
        </>
      }
      search={{ value: search, onChange: setSearch, placeholder: "Search dealers" }}
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
        empty: { heading: "No dealers yet", description: "Create the first dealer of the network." },
        filtered: { heading: "No dealers match", description: "Try another search or filter." },
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
  breadcrumb: () => "Dealers",
}

export default withQueryClient(DealersPage)
