import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreateDealerDrawer } from "../../components/create-dealer-drawer"
import { DealerRoleBadge, DealerStatusBadge } from "../../components/dealer-badges"
import { useDealers } from "../../hooks/use-dealers"
import { errorMessage, ROLE_LABELS, STATUS_LABELS } from "../../lib/format"
import { DEALER_ROLES, DEALER_STATUSES } from "../../../types/dealer-network"
import { withQueryClient } from "../../lib/query-client"
import type { Dealer, DealerRole, DealerStatus } from "../../../types/dealer-network"
import { ALL, FilterSelect } from "../../components/filter-select"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<Dealer>()

const columns = [
  columnHelper.accessor("code", {
    header: "Code",
    cell: ({ row }) => (
      <Link
        to={`/dealers/${row.original.id}`}
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
  const [role, setRole] = useState<DealerRole | typeof ALL>(ALL)
  const [status, setStatus] = useState<DealerStatus | typeof ALL>(ALL)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const query = useMemo(
    () => ({
      q: search.trim() || undefined,
      role: role === ALL ? undefined : role,
      status: status === ALL ? undefined : status,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      order: "code",
    }),
    [search, role, status, pagination]
  )
  const { data, isLoading, isError, error } = useDealers(query)

  const resetPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))

  const table = useDataTable({
    columns,
    data: data?.dealers ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_, row) => navigate(`/dealers/${row.id}`),
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        resetPage()
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Dealer network</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Distributors, dealers and sub-dealers of the partner program
            </Text>
          </div>
          <div className="flex w-full flex-wrap items-center gap-2 md:w-auto">
            <FilterSelect
              label="Filter by role"
              allLabel="All roles"
              value={role}
              options={DEALER_ROLES}
              optionLabels={ROLE_LABELS}
              testId="role-filter"
              onChange={(value) => {
                setRole(value)
                resetPage()
              }}
            />
            <FilterSelect
              label="Filter by status"
              allLabel="All statuses"
              value={status}
              options={DEALER_STATUSES}
              optionLabels={STATUS_LABELS}
              testId="status-filter"
              onChange={(value) => {
                setStatus(value)
                resetPage()
              }}
            />
            <DataTable.Search placeholder="Search dealers" />
            <CreateDealerDrawer />
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
            empty: { heading: "No dealers yet", description: "Create the first dealer of the network." },
            filtered: { heading: "No dealers match", description: "Try another search or filter." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Dealer network",
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => "Dealer network",
}

export default withQueryClient(DealersPage)
