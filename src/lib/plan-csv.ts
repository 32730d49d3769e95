// Sales plans as CSV: the import format (one row per dealer × period × target),
// its validation rules, and the export layout (plans with actuals).
// Pure functions: no framework imports. Amounts are decimal strings handled with
// bignumber.js, never JS floats.
import BigNumber from "bignumber.js"
import { parse } from "csv-parse/sync"
import { echo } from "./input-bounds"
import { ratioPercent } from "./amounts"
import { isMonthKey } from "./periods"
import type { TargetMetric, TargetType } from "../types/sales-plan"
import { stringify } from "csv-stringify/sync"

export const PLAN_CSV_COLUMNS = [
  "dealer_code",
  "period",
  "target_amount",
  "target_order_count",
  "target_type",
  "target_ref",
  "metric",
  "target_value",
  "currency_code",
  "note",
] as const
export type PlanCsvColumn = (typeof PLAN_CSV_COLUMNS)[number]

/** Columns an import file must have; the others may be left out. */
export const REQUIRED_PLAN_CSV_COLUMNS: PlanCsvColumn[] = ["dealer_code", "period", "target_amount"]

/** Columns of the export that an import ignores, so an edited export can be imported again. */
export const EXPORT_ONLY_COLUMNS = [
  "dealer_name",
  "actual_amount",
  "attainment_percent",
  "actual_order_count",
  "target_actual",
  "target_attainment_percent",
] as const

export const PLAN_EXPORT_COLUMNS = [
  "dealer_code",
  "dealer_name",
  "period",
  "currency_code",
  "target_amount",
  "actual_amount",
  "attainment_percent",
  "target_order_count",
  "actual_order_count",
  "target_type",
  "target_ref",
  "metric",
  "target_value",
  "target_actual",
  "target_attainment_percent",
  "note",
] as const

export const MAX_PLAN_CSV_ROWS = 120_000
const MAX_NOTE_LENGTH = 2000
const MAX_DECIMALS = 4
const DECIMAL = /^\d{1,15}(\.\d+)?$/
const WHOLE = /^\d{1,9}$/
const CURRENCY = /^[a-z]{3}$/

export type PlanCsvError = {
  /** 1-based line of the file; the header is line 1. */
  line: number
  /** The column at fault, or null when the row or the file as a whole is. */
  field: string | null
  message: string
}


/** One data row as read: a field is null when it was empty or invalid (then with an error). */
export type PlanCsvRow = {
  line: number
  dealer_code: string | null
  period: string | null
  target_amount: string | null
  target_order_count: number | null
  target_type: TargetType | null
  target_ref: string | null
  metric: TargetMetric | null
  target_value: string | null
  currency_code: string | null
  note: string | null
  /** False when the row's shape is wrong (wrong number of values); it is checked no further. */
  readable: boolean
  /** Columns of the row that held a value that did not pass. */
  invalid: Set<PlanCsvColumn>
}

export type ParsedPlanCsv = {
  /** Columns present in the header (known ones only). */
  columns: PlanCsvColumn[]
  rows: PlanCsvRow[]
  errors: PlanCsvError[]
}

/**
 * Reads a plan CSV: a header naming the columns (any order; export-only columns
 * are ignored), then data rows. Blank lines are skipped. Every problem is
 * reported with its line; nothing stops at the first error.
 */
export function parsePlanCsv(text: string, { maxRows = MAX_PLAN_CSV_ROWS } = {}): ParsedPlanCsv {
  const errors: PlanCsvError[] = []
  let records: CsvRecord[]
  try {
    records = readCsvRecords(text)
  } catch (e) {
    const err = e as { message?: string; lines?: number }
    const line = typeof err.lines === "number" && err.lines > 0 ? err.lines : 1
    return { columns: [], rows: [], errors: [{ line, field: null, message: `not a readable CSV file: ${err.message}` }] }
  }
  if (!records.length) {
    return { columns: [], rows: [], errors: [{ line: 1, field: null, message: "the file is empty; it needs a header line" }] }
  }

  const [header, ...data] = records
  const headerLine = header.line
  const names = header.record.map((name) => name.trim().toLowerCase())
  const columnIndex = new Map<PlanCsvColumn, number>()
  names.forEach((name, index) => {
    if ((PLAN_CSV_COLUMNS as readonly string[]).includes(name)) {
      if (columnIndex.has(name as PlanCsvColumn)) {
        errors.push({ line: headerLine, field: name, message: "the column appears twice in the header" })
      } else {
        columnIndex.set(name as PlanCsvColumn, index)
      }
    } else if (!(EXPORT_ONLY_COLUMNS as readonly string[]).includes(name)) {
      errors.push({
        line: headerLine,
        field: name ? echo(name) : null,
        message: name
          ? `unknown column; the columns are ${PLAN_CSV_COLUMNS.join(", ")}`
          : `column ${index + 1} has no name in the header`,
      })
    }
  })
  for (const required of REQUIRED_PLAN_CSV_COLUMNS) {
    if (!columnIndex.has(required)) {
      errors.push({ line: headerLine, field: required, message: "the header lacks this required column" })
    }
  }
  if (errors.length) return { columns: [...columnIndex.keys()], rows: [], errors }
  if (!data.length) {
    errors.push({ line: headerLine, field: null, message: "the file has a header but no rows" })
  }
  if (data.length > maxRows) {
    errors.push({ line: headerLine, field: null, message: `the file has ${data.length} rows; at most ${maxRows} are taken at once` })
    return { columns: [...columnIndex.keys()], rows: [], errors }
  }

  const rows = data.map((entry) => readRow(entry, names.length, columnIndex, errors))
  return { columns: [...columnIndex.keys()], rows, errors }
}

type CsvRecord = { record: string[]; line: number }

/**
 * The file's records with the line each starts on, blank ones left out. A file
 * without quotes is split at line breaks and commas, which is what csv-parse
 * reads from it, about ten times faster than csv-parse with the per-record
 * info that gives the lines; a file with quotes goes through csv-parse.
 */
function readCsvRecords(text: string): CsvRecord[] {
  if (!text.includes('"')) {
    const records: CsvRecord[] = []
    text
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\r|\n/)
      .forEach((line, index) => {
        const record = line.split(",")
        if (!isBlankRecord(record)) records.push({ record, line: index + 1 })
      })
    return records
  }
  const parsed = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
  }) as unknown as { record: string[]; info: { lines: number } }[]
  return parsed.map((entry) => ({ record: entry.record, line: startLine(entry) }))
}

const isBlankRecord = (record: string[]) => record.every((value) => value.trim() === "")

/** The line a record starts on: csv-parse counts the line it ends on. */
function startLine(entry: { record: string[]; info: { lines: number } }): number {
  const breaks = entry.record.reduce((sum, value) => sum + (value.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
  return entry.info.lines - breaks
}

function readRow(
  entry: CsvRecord,
  width: number,
  columnIndex: Map<PlanCsvColumn, number>,
  errors: PlanCsvError[]
): PlanCsvRow {
  const line = entry.line
  const row: PlanCsvRow = {
    line,
    dealer_code: null,
    period: null,
    target_amount: null,
    target_order_count: null,
    target_type: null,
    target_ref: null,
    metric: null,
    target_value: null,
    currency_code: null,
    note: null,
    readable: true,
    invalid: new Set(),
  }
  if (entry.record.length !== width) {
    row.readable = false
    errors.push({
      line,
      field: null,
      message: `the row has ${entry.record.length} values but the header names ${width} columns`,
    })
    return row
  }
  const raw = (column: PlanCsvColumn) => {
    const index = columnIndex.get(column)
    return index === undefined ? "" : entry.record[index].trim()
  }
  const fail = (field: PlanCsvColumn, message: string) => {
    row.invalid.add(field)
    errors.push({ line, field, message })
  }

  const dealerCode = raw("dealer_code")
  if (!dealerCode) fail("dealer_code", "is required")
  else row.dealer_code = dealerCode

  const period = raw("period")
  if (!period) fail("period", "is required")
  else if (!isMonthKey(period)) fail("period", `"${echo(period)}" is not a month as YYYY-MM`)
  else row.period = period

  row.target_amount = readDecimal(raw("target_amount"), "target_amount", fail)
  row.target_order_count = readWhole(raw("target_order_count"), "target_order_count", fail)

  const type = raw("target_type").toLowerCase()
  if (type && type !== "product" && type !== "category") {
    fail("target_type", `"${echo(type)}" must be product or category, or empty for the plan's totals`)
  } else if (type) {
    row.target_type = type as TargetType
  }
  const isTarget = Boolean(type)

  const ref = raw("target_ref")
  const metric = raw("metric").toLowerCase()
  const value = raw("target_value")
  if (isTarget) {
    if (!ref) fail("target_ref", `is required for a ${type} target: the ${type === "category" ? "category" : "product"} handle`)
    else row.target_ref = ref
    if (!metric) fail("metric", "is required for a target: amount or quantity")
    else if (metric !== "amount" && metric !== "quantity") fail("metric", `"${echo(metric)}" must be amount or quantity`)
    else row.metric = metric
    if (!value) {
      fail("target_value", "is required for a target")
    } else if (row.metric === "quantity") {
      const units = readWhole(value, "target_value", fail)
      if (units !== null && units <= 0) fail("target_value", "must be greater than 0")
      else if (units !== null) row.target_value = String(units)
    } else {
      const amount = readDecimal(value, "target_value", fail)
      if (amount !== null && new BigNumber(amount).lte(0)) fail("target_value", "must be greater than 0")
      else row.target_value = amount
    }
  } else if (!row.invalid.has("target_type")) {
    if (ref) fail("target_ref", "is only for focus targets; set target_type to product or category")
    if (metric) fail("metric", "is only for focus targets; set target_type to product or category")
    if (value) fail("target_value", "is only for focus targets; set target_type to product or category")
  }

  const currency = raw("currency_code").toLowerCase()
  if (currency && !CURRENCY.test(currency)) fail("currency_code", `"${echo(currency)}" is not a three-letter currency code`)
  else if (currency) row.currency_code = currency

  const note = raw("note")
  if (note.length > MAX_NOTE_LENGTH) fail("note", `is longer than ${MAX_NOTE_LENGTH} characters`)
  else if (note) row.note = note
  return row
}

/** A non-negative decimal ("1500", "1500.25") as a normalised string, or null when empty/invalid. */
function readDecimal(value: string, field: PlanCsvColumn, fail: (field: PlanCsvColumn, message: string) => void) {
  if (!value) return null
  if (/^-\s*\d/.test(value)) {
    fail(field, "must not be negative")
    return null
  }
  if (!DECIMAL.test(value)) {
    fail(field, `"${echo(value)}" is not a plain number like 1500.00 (a dot for decimals, no thousands separators)`)
    return null
  }
  const amount = new BigNumber(value)
  if ((amount.decimalPlaces() ?? 0) > MAX_DECIMALS) {
    fail(field, `"${echo(value)}" has more than ${MAX_DECIMALS} decimal places`)
    return null
  }
  return amount.toFixed()
}

function readWhole(value: string, field: PlanCsvColumn, fail: (field: PlanCsvColumn, message: string) => void) {
  if (!value) return null
  if (/^-\s*\d/.test(value)) {
    fail(field, "must not be negative")
    return null
  }
  if (!WHOLE.test(value)) {
    fail(field, `"${echo(value)}" is not a whole number`)
    return null
  }
  return Number(value)
}

/** Dealer codes and handles a parsed file refers to, to look up in one query each. */
export function planCsvReferences(rows: PlanCsvRow[]) {
  const dealerCodes = new Set<string>()
  const productHandles = new Set<string>()
  const categoryHandles = new Set<string>()
  for (const row of rows) {
    if (row.dealer_code) dealerCodes.add(row.dealer_code)
    if (row.target_ref && row.target_type === "product") productHandles.add(row.target_ref)
    if (row.target_ref && row.target_type === "category") categoryHandles.add(row.target_ref)
  }
  return {
    dealer_codes: [...dealerCodes],
    product_handles: [...productHandles],
    category_handles: [...categoryHandles],
  }
}

export type PlanImportLookups = {
  /** Dealers by code. */
  dealers: Map<string, { id: string; currency_code: string }>
  /** Products by handle. */
  products: Map<string, { id: string; title?: string | null }>
  /** Product categories by handle. */
  categories: Map<string, { id: string; name?: string | null }>
  /** Ids of plans that exist already, by `${dealer_id}:${period_key}`. */
  existingPlans: Map<string, string>
}

export type PlannedTarget = {
  target_type: TargetType
  target_id: string
  metric: TargetMetric
  target_value: string
  label: string | null
}

export type PlannedPlan = {
  dealer_id: string
  dealer_code: string
  period_key: string
  currency_code: string
  target_amount: string
  /** Undefined when the file has no such column: an existing plan keeps its value. */
  target_order_count?: number | null
  note?: string | null
  /** The plan this row group updates, or null when it creates one. */
  existing_plan_id: string | null
  targets: PlannedTarget[]
}

export type PlanImport = {
  rows: number
  plans: PlannedPlan[]
  plans_created: number
  plans_updated: number
  targets: number
  errors: PlanCsvError[]
}

type PlanLevelField = "target_amount" | "target_order_count" | "currency_code" | "note"
const PLAN_LEVEL_FIELDS: PlanLevelField[] = ["target_amount", "target_order_count", "currency_code", "note"]

/**
 * Turns parsed rows into plans: rows group by dealer and period; the row with
 * an empty target_type sets the plan's totals, the others add focus targets.
 * Plan-level values may be repeated on target rows but must then agree. Finds
 * unknown dealers and handles, currencies other than the dealer's, duplicate
 * rows, and plans without a target amount.
 */
export function buildPlanImport(parsed: ParsedPlanCsv, lookups: PlanImportLookups): PlanImport {
  const errors = [...parsed.errors]
  const has = new Set(parsed.columns)
  const groups = new Map<string, PlanCsvRow[]>()
  const totalsRows = new Map<string, number>()
  const targetRows = new Map<string, number>()

  for (const row of parsed.rows) {
    if (!row.readable) continue
    const fail = (field: string | null, message: string) => errors.push({ line: row.line, field, message })
    const dealer = row.dealer_code ? lookups.dealers.get(row.dealer_code) : undefined
    if (row.dealer_code && !dealer) fail("dealer_code", `unknown dealer code "${echo(row.dealer_code)}"`)
    if (dealer && row.currency_code && row.currency_code !== dealer.currency_code) {
      fail(
        "currency_code",
        `"${row.currency_code}" is not the currency of dealer ${row.dealer_code} (${dealer.currency_code}); plans are in the dealer's currency`
      )
    }
    if (row.target_ref && row.target_type === "product" && !lookups.products.has(row.target_ref)) {
      fail("target_ref", `unknown product handle "${echo(row.target_ref)}"`)
    }
    if (row.target_ref && row.target_type === "category" && !lookups.categories.has(row.target_ref)) {
      fail("target_ref", `unknown category handle "${echo(row.target_ref)}"`)
    }

    if (!row.dealer_code || !row.period) continue
    const planKey = `${row.dealer_code}\u0000${row.period}`
    const group = groups.get(planKey)
    if (group) group.push(row)
    else groups.set(planKey, [row])
    if (!row.target_type && !row.invalid.has("target_type")) {
      const first = totalsRows.get(planKey)
      if (first !== undefined) {
        fail("target_type", `duplicate: line ${first} already sets the totals of ${row.dealer_code} ${row.period}`)
      } else {
        totalsRows.set(planKey, row.line)
      }
    } else if (row.target_type && row.target_ref && row.metric) {
      const targetKey = [planKey, row.target_type, row.target_ref, row.metric].join("\u0000")
      const first = targetRows.get(targetKey)
      if (first !== undefined) {
        fail(
          "target_ref",
          `duplicate: line ${first} already sets the ${row.metric} target of ${row.target_type} "${echo(row.target_ref)}" for ${row.dealer_code} ${row.period}`
        )
      } else {
        targetRows.set(targetKey, row.line)
      }
    }
  }

  const plans: PlannedPlan[] = []
  for (const [planKey, rows] of groups) {
    const first = rows[0]
    const values: Partial<Record<PlanLevelField, { value: string | number; line: number }>> = {}
    for (const row of rows) {
      for (const field of PLAN_LEVEL_FIELDS) {
        const value = row[field]
        if (value === null) continue
        const seen = values[field]
        if (!seen) values[field] = { value, line: row.line }
        else if (!sameValue(field, seen.value, value)) {
          errors.push({
            line: row.line,
            field,
            message: `"${echo(value)}" conflicts with "${echo(seen.value)}" on line ${seen.line} for ${row.dealer_code} ${row.period}`,
          })
        }
      }
    }
    if (!values.target_amount && !rows.some((r) => r.invalid.has("target_amount"))) {
      errors.push({
        line: totalsRows.get(planKey) ?? first.line,
        field: "target_amount",
        message: `is missing for ${first.dealer_code} ${first.period}: a row with an empty target_type sets the plan's totals`,
      })
    }

    const dealer = lookups.dealers.get(first.dealer_code!)
    if (!dealer || !values.target_amount) continue
    const targets: PlannedTarget[] = []
    for (const row of rows) {
      if (!row.target_type || !row.target_ref || !row.metric || !row.target_value) continue
      const ref =
        row.target_type === "product" ? lookups.products.get(row.target_ref) : lookups.categories.get(row.target_ref)
      if (!ref) continue
      const label = ("title" in ref ? ref.title : "name" in ref ? ref.name : null) ?? row.target_ref
      targets.push({
        target_type: row.target_type,
        target_id: ref.id,
        metric: row.metric,
        target_value: row.target_value,
        label,
      })
    }
    plans.push({
      dealer_id: dealer.id,
      dealer_code: first.dealer_code!,
      period_key: first.period!,
      currency_code: dealer.currency_code,
      target_amount: String(values.target_amount.value),
      ...(has.has("target_order_count")
        ? { target_order_count: (values.target_order_count?.value as number | undefined) ?? null }
        : {}),
      ...(has.has("note") ? { note: (values.note?.value as string | undefined) ?? null } : {}),
      existing_plan_id: lookups.existingPlans.get(`${dealer.id}:${first.period}`) ?? null,
      targets,
    })
  }

  errors.sort((a, b) => a.line - b.line || columnOrder(a.field) - columnOrder(b.field))
  const valid = errors.length === 0
  return {
    rows: parsed.rows.length,
    plans: valid ? plans : [],
    plans_created: plans.filter((p) => !p.existing_plan_id).length,
    plans_updated: plans.filter((p) => p.existing_plan_id).length,
    targets: plans.reduce((sum, p) => sum + p.targets.length, 0),
    errors,
  }
}

function sameValue(field: PlanLevelField, a: string | number, b: string | number) {
  if (field === "target_amount") return new BigNumber(a).eq(b)
  return a === b
}

function columnOrder(field: string | null) {
  const index = (PLAN_CSV_COLUMNS as readonly (string | null)[]).indexOf(field)
  return index === -1 ? (field === null ? -1 : PLAN_CSV_COLUMNS.length) : index
}

// ---------------------------------------------------------------------------
// Export

export type PlanExportTarget = {
  target_type: TargetType
  /** The product or category handle (or its id when it no longer exists). */
  target_ref: string
  metric: TargetMetric
  target_value: string
  actual: string
}

export type PlanExportPlan = {
  dealer_code: string
  dealer_name: string
  period_key: string
  currency_code: string
  target_amount: string
  target_order_count: number | null
  actual_amount: string
  actual_order_count: number
  note: string | null
  targets: PlanExportTarget[]
}


/** An amount with at least two decimals ("320.5" → "320.50"), never losing digits. */
export function formatAmount(value: string | number): string {
  const amount = new BigNumber(value)
  return (amount.decimalPlaces() ?? 0) > 2 ? amount.toFixed() : amount.toFixed(2)
}

/** Free text a spreadsheet would run as a formula gets a leading apostrophe. */
function spreadsheetSafe(value: string | null): string {
  if (!value) return ""
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/**
 * The export's rows: per plan one totals row, then one row per focus target;
 * sorted by period, dealer code, and target. Its columns are a superset of the
 * import's, so an edited export imports again.
 */
export function planExportRecords(plans: PlanExportPlan[]): string[][] {
  const sorted = [...plans].sort(
    (a, b) => a.period_key.localeCompare(b.period_key) || a.dealer_code.localeCompare(b.dealer_code)
  )
  const records: string[][] = [[...PLAN_EXPORT_COLUMNS]]
  for (const plan of sorted) {
    const common = {
      dealer_code: plan.dealer_code,
      dealer_name: spreadsheetSafe(plan.dealer_name),
      period: plan.period_key,
      currency_code: plan.currency_code,
    }
    records.push(
      toRecord({
        ...common,
        target_amount: formatAmount(plan.target_amount),
        actual_amount: formatAmount(plan.actual_amount),
        attainment_percent: ratioPercent(plan.actual_amount, plan.target_amount) ?? "",
        target_order_count: plan.target_order_count === null ? "" : String(plan.target_order_count),
        actual_order_count: String(plan.actual_order_count),
        note: spreadsheetSafe(plan.note),
      })
    )
    const targets = [...plan.targets].sort(
      (a, b) =>
        a.target_type.localeCompare(b.target_type) ||
        a.target_ref.localeCompare(b.target_ref) ||
        a.metric.localeCompare(b.metric)
    )
    for (const target of targets) {
      const format = target.metric === "amount" ? formatAmount : (v: string) => new BigNumber(v).toFixed()
      records.push(
        toRecord({
          ...common,
          target_type: target.target_type,
          target_ref: target.target_ref,
          metric: target.metric,
          target_value: format(target.target_value),
          target_actual: format(target.actual),
          target_attainment_percent: ratioPercent(target.actual, target.target_value) ?? "",
        })
      )
    }
  }
  return records
}

function toRecord(values: Partial<Record<(typeof PLAN_EXPORT_COLUMNS)[number], string>>): string[] {
  return PLAN_EXPORT_COLUMNS.map((column) => values[column] ?? "")
}

/** The export as CSV text (comma-separated, CRLF-free, quoted where needed). */
export function planExportCsv(plans: PlanExportPlan[]): string {
  return stringify(planExportRecords(plans))
}
