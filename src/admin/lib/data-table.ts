/**
 * The data of a clicked DataTable row. @medusajs/ui types onRowClick's row as
 * the row's data, but at run time passes TanStack's Row, with the data under
 * `original`; this takes either.
 */
export function clickedRow<T extends object>(row: T): T {
  const wrapped = row as unknown as { original?: T }
  return wrapped.original !== undefined && typeof wrapped.original === "object" ? wrapped.original : row
}
