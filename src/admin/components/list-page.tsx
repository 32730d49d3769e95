import {
  Container,
  DataTable,
  DataTableColumnDef,
  DataTableCommand,
  DataTableEmptyStateProps,
  DataTablePaginationState,
  DataTableRowSelectionState,
  Heading,
  Tabs,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { ReactNode, useCallback, useMemo, useState } from "react"
import { usePaginationTexts, useTexts } from "../hooks/use-texts"
import { useUrlParams } from "../hooks/use-url-params"
import { clickedRow } from "../lib/data-table"
import { errorMessage } from "../lib/errors"

const PAGE_SIZE = 20

/** A list's page state: the DataTable's pagination and the limit/offset the API takes. */
export function usePagination(pageSize = PAGE_SIZE) {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  const resetPage = useCallback(() => setPagination((p) => ({ ...p, pageIndex: 0 })), [])
  const page = useMemo(
    () => ({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }),
    [pagination]
  )
  return { pagination, setPagination, resetPage, page }
}

export type Pagination = ReturnType<typeof usePagination>

/** A list filter's value; changing it goes back to the list's first page. */
export function useListFilter<T>(initial: T, pagination: Pagination): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(initial)
  const { resetPage } = pagination
  const change = useCallback(
    (next: T) => {
      setValue(next)
      resetPage()
    },
    [resetPage]
  )
  return [value, change]
}

type ListPageProps<T extends object> = {
  heading: string
  /** "h2" for a list that is a section of a page. */
  level?: "h1" | "h2"
  description: ReactNode
  descriptionTestId?: string
  /** Next to the heading: buttons, settings. */
  actions?: ReactNode
  /** The list's filters: beside the heading, or on a row of their own with `filtersBelow`. */
  filters?: ReactNode
  filtersBelow?: boolean
  /** A search box (before the actions), reset to the first page on each change. */
  search?: { value: string; onChange: (value: string) => void; placeholder: string }
  columns: DataTableColumnDef<T, any>[]
  rows: T[] | undefined
  count: number | undefined
  isLoading: boolean
  /** The query's error, shown above the table. */
  error?: unknown
  getRowId: (row: T) => string
  onRowClick?: (row: T) => void
  pagination: Pagination
  emptyState: DataTableEmptyStateProps
  commands?: DataTableCommand[]
  rowSelection?: {
    state: DataTableRowSelectionState
    onChange: (state: DataTableRowSelectionState) => void
    enabled: (row: T) => boolean
  }
  testId?: string
  /** Drawers and prompts the list opens. */
  children?: ReactNode
}

/** A paginated DataTable in a container: heading, filters, search, error, empty state and row click. */
export function ListPage<T extends object>(props: ListPageProps<T>) {
  const { t } = useTexts("lists")
  const paginationTexts = usePaginationTexts()
  const { pagination, setPagination, resetPage } = props.pagination
  const table = useDataTable<T>({
    columns: props.columns,
    data: props.rows ?? [],
    getRowId: props.getRowId,
    rowCount: props.count ?? 0,
    isLoading: props.isLoading,
    commands: props.commands,
    rowSelection: props.rowSelection && {
      state: props.rowSelection.state,
      onRowSelectionChange: props.rowSelection.onChange,
      enableRowSelection: (row) => props.rowSelection!.enabled(row.original),
    },
    onRowClick: props.onRowClick && ((_, row) => props.onRowClick!(clickedRow(row))),
    search: props.search && {
      state: props.search.value,
      onSearchChange: (value) => {
        props.search!.onChange(value)
        resetPage()
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const title = (
    <div>
      <Heading level={props.level}>{props.heading}</Heading>
      <Text size="small" className="text-ui-fg-subtle" data-testid={props.descriptionTestId}>
        {props.description}
      </Text>
    </div>
  )
  const search = props.search && <DataTable.Search placeholder={props.search.placeholder} />

  return (
    <Container className="divide-y p-0" data-testid={props.testId}>
      <DataTable instance={table}>
        {props.filtersBelow ? (
          <DataTable.Toolbar className="flex flex-col items-stretch gap-y-3">
            <div className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
              {title}
              <div className="flex shrink-0 items-center gap-2">
                {search}
                {props.actions}
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-2">{props.filters}</div>
          </DataTable.Toolbar>
        ) : (
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            {title}
            <div className="flex w-full flex-wrap items-center justify-end gap-2 md:w-auto md:shrink-0">
              {props.filters}
              {search}
              {props.actions}
            </div>
          </DataTable.Toolbar>
        )}
        {props.error ? (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(props.error)}
            </Text>
          </div>
        ) : null}
        <DataTable.Table emptyState={props.emptyState} />
        <DataTable.Pagination translations={paginationTexts} />
        {props.commands && <DataTable.CommandBar selectedLabel={(count) => t("selected", { count })} />}
      </DataTable>
      {props.children}
    </Container>
  )
}

/** A queue's status kept in the URL's `status`; the first of `statuses` is the default and is left out of the URL. */
export function useStatusParam<S extends string>(statuses: readonly [S, ...S[]]): [S, (status: S) => void] {
  const [params, set] = useUrlParams()
  const param = params.get("status")
  const status = statuses.find((value) => value === param) ?? statuses[0]
  const change = useCallback((next: S) => set({ status: next === statuses[0] ? null : next }), [set, statuses])
  return [status, change]
}

type StatusTabsProps<S extends string> = {
  statuses: readonly S[]
  value: S
  onChange: (status: S) => void
  labels: Record<S, string>
  /** Each tab's test id is `<testIdPrefix>-tab-<status>`. */
  testIdPrefix: string
}

type QueueListPageProps<T extends object, S extends string> = Omit<ListPageProps<T>, "filtersBelow" | "testId"> & {
  /** The queue's name in test ids: `<queue>-page`, `<queue>-tab-<status>`. */
  queue: string
  statusTabs: Omit<StatusTabsProps<S>, "testIdPrefix">
}

/** A queue (alerts, conflict cases): a list page whose filters start with its status tabs. */
export function QueueListPage<T extends object, S extends string>({ queue, statusTabs, filters, ...props }: QueueListPageProps<T, S>) {
  return (
    <ListPage
      {...props}
      testId={`${queue}-page`}
      filtersBelow
      filters={
        <>
          <StatusTabs {...statusTabs} testIdPrefix={queue} />
          {filters}
        </>
      }
    />
  )
}

/** A queue's status tabs (open / done), for a list page's filters. */
export function StatusTabs<S extends string>({ statuses, value, onChange, labels, testIdPrefix }: StatusTabsProps<S>) {
  return (
    <Tabs value={value} onValueChange={(next) => onChange(next as S)}>
      <Tabs.List>
        {statuses.map((status) => (
          <Tabs.Trigger key={status} value={status} data-testid={`${testIdPrefix}-tab-${status}`}>
            {labels[status]}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
