import { ArrowUpTray } from "@medusajs/icons"
import { Alert, Button, Drawer, Heading, Table, Text, Textarea, toast } from "@medusajs/ui"
import { ChangeEvent, useRef, useState } from "react"
import { useImportPlans } from "../hooks/use-dealer-plans"
import { errorMessage } from "../lib/format"
import type { PlanImportResult } from "../../types/sales-plan"
import { Field } from "./field"

const EXAMPLE = `dealer_code,period,target_amount,target_order_count,target_type,target_ref,metric,target_value,currency_code,note
HUBER,2026-11,21000.00,40,,,,,eur,Autumn push
HUBER,2026-11,,,product,drill-x18,quantity,25,,
NOWAK,2026-11,15000,,,,,,,`

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/**
 * "Import CSV" button and the drawer: paste the file or pick it, check it
 * with a dry run that lists every bad line, then import.
 */
export const ImportPlansDrawer = () => {
  const [open, setOpen] = useState(false)
  const [csv, setCsv] = useState("")
  const [fileName, setFileName] = useState<string | null>(null)
  const [report, setReport] = useState<PlanImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const importPlans = useImportPlans()

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setCsv("")
      setFileName(null)
      setReport(null)
      setError(null)
      importPlans.reset()
    }
  }

  // Any change to the text invalidates the last check.
  const changeCsv = (text: string) => {
    setCsv(text)
    setReport(null)
    setError(null)
  }

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ""
    if (!file) return
    try {
      changeCsv(await file.text())
      setFileName(file.name)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  const check = async () => {
    setError(null)
    setReport(null)
    try {
      setReport(await importPlans.mutateAsync({ csv, dry_run: true }))
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  const runImport = async () => {
    setError(null)
    try {
      const result = await importPlans.mutateAsync({ csv, dry_run: false })
      toast.success(
        `Imported: ${plural(result.plans_created, "plan")} created, ${plural(result.plans_updated, "plan")} updated`
      )
      onOpenChange(false)
    } catch (err) {
      setError(errorMessage(err))
      setReport(null)
    }
  }

  const ready = Boolean(report && report.errors.length === 0 && report.rows > 0)

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <ArrowUpTray />
          Import CSV
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>Import plans</Heading>
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            One row per dealer and month sets its totals; rows with a target type add focus targets. A dealer
            and month that already has a plan is updated. Check the file first: nothing is imported unless
            every line is good.
          </Text>
          {error && (
            <Alert variant="error" dismissible={false} data-testid="import-error">
              {error}
            </Alert>
          )}
          <Field id="import-csv" label="CSV" hint={fileName ? `From ${fileName}` : "Paste the file's text, or choose a file."}>
            <Textarea
              id="import-csv"
              rows={10}
              className="font-mono text-xs"
              value={csv}
              onChange={(e) => changeCsv(e.target.value)}
              placeholder={EXAMPLE}
              spellCheck={false}
            />
          </Field>
          <div className="flex items-center gap-x-2">
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv,text/plain"
              className="hidden"
              data-testid="import-file"
              onChange={onFile}
            />
            <Button size="small" variant="secondary" type="button" onClick={() => fileInput.current?.click()}>
              Choose file
            </Button>
            <Button
              size="small"
              variant="secondary"
              type="button"
              disabled={!csv.trim()}
              isLoading={importPlans.isPending && importPlans.variables?.dry_run === true}
              onClick={check}
            >
              Check file
            </Button>
          </div>
          {report && (
            <div className="flex flex-col gap-y-3" data-testid="import-report">
              {report.errors.length === 0 ? (
                <Alert variant="success" dismissible={false}>
                  {plural(report.rows, "row")} checked: {plural(report.plans_created, "plan")} to create,{" "}
                  {plural(report.plans_updated, "plan")} to update, {plural(report.targets, "focus target")}.
                </Alert>
              ) : (
                <Alert variant="error" dismissible={false}>
                  {plural(report.errors.length, "error")} on{" "}
                  {plural(new Set(report.errors.map((e) => e.line)).size, "line")}. Fix them and check again;
                  nothing is imported until every line is good.
                </Alert>
              )}
              {report.errors.length > 0 && (
                <div className="overflow-hidden rounded-lg border">
                  <Table data-testid="import-errors">
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell className="w-16">Line</Table.HeaderCell>
                        <Table.HeaderCell className="w-32">Column</Table.HeaderCell>
                        <Table.HeaderCell>Problem</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {report.errors.map((e, i) => (
                        <Table.Row key={`${e.line}-${e.field}-${i}`}>
                          <Table.Cell className="tabular-nums">{e.line}</Table.Cell>
                          <Table.Cell>{e.field ?? "-"}</Table.Cell>
                          <Table.Cell className="whitespace-normal">{e.message}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </div>
              )}
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            type="button"
            disabled={!ready}
            isLoading={importPlans.isPending && importPlans.variables?.dry_run === false}
            onClick={runImport}
          >
            Import
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
