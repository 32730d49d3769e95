import { ArrowUpTray } from "@medusajs/icons"
import { Alert, Button, Drawer, Table, Text, toast } from "@medusajs/ui"
import { ChangeEvent, useEffect, useRef, useState } from "react"
import { useForm } from "react-hook-form"
import { useImportPlans } from "../hooks/use-dealer-plans"
import { useTexts } from "../hooks/use-texts"
import { refusalText } from "../lib/errors"
import type { PlanImportResult } from "../../types/sales-plan"
import { DrawerForm } from "./form/drawer-form"
import { TextareaField } from "./form/fields"

const EXAMPLE = `dealer_code,period,target_amount,target_order_count,target_type,target_ref,metric,target_value,currency_code,note
HUBER,2026-11,21000.00,40,,,,,eur,Autumn push
HUBER,2026-11,,,product,drill-x18,quantity,25,,
NOWAK,2026-11,15000,,,,,,,`

/**
 * "Import CSV" button and the drawer: paste the file or pick it, check it
 * with a dry run that lists every bad line, then import.
 */
export const ImportPlansDrawer = () => {
  const { t } = useTexts("plans")
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <ArrowUpTray />
          {t("importForm.button")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {open && <ImportPlansForm onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const ImportPlansForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTexts("plans")
  const form = useForm({ defaultValues: { csv: "" } })
  const [fileName, setFileName] = useState<string | null>(null)
  const [report, setReport] = useState<PlanImportResult | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const importPlans = useImportPlans()
  const csv = form.watch("csv")

  // Any change to the text invalidates the last check.
  useEffect(() => {
    setReport(null)
    form.clearErrors("root.api")
  }, [csv, form])

  const showError = (err: unknown) => form.setError("root.api", { message: refusalText(err) })

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ""
    if (!file) return
    try {
      form.setValue("csv", await file.text())
      setFileName(file.name)
    } catch (err) {
      showError(err)
    }
  }

  const check = async () => {
    form.clearErrors("root.api")
    setReport(null)
    try {
      setReport(await importPlans.mutateAsync({ csv, dry_run: true }))
    } catch (err) {
      showError(err)
    }
  }

  const ready = Boolean(report && report.errors.length === 0 && report.rows > 0)

  return (
    <DrawerForm
      form={form}
      title={t("importForm.title")}
      errorTestId="import-error"
      submitLabel={t("importForm.submit")}
      submitDisabled={!ready}
      onSubmit={async () => {
        setReport(null)
        const result = await importPlans.mutateAsync({ csv, dry_run: false })
        toast.success(
          t("importForm.imported", {
            created: t("importForm.plans", { count: result.plans_created }),
            updated: t("importForm.plans", { count: result.plans_updated }),
          })
        )
        onDone()
      }}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("importForm.what")}
      </Text>
      <TextareaField
        name="csv"
        id="import-csv"
        label={t("importForm.csv")}
        hint={fileName ? t("importForm.from", { file: fileName }) : t("importForm.pasteOrChoose")}
        rows={10}
        className="font-mono text-xs"
        placeholder={EXAMPLE}
        spellCheck={false}
      />
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
          {t("importForm.chooseFile")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={!csv.trim()}
          isLoading={importPlans.isPending && importPlans.variables?.dry_run === true}
          onClick={check}
        >
          {t("importForm.checkFile")}
        </Button>
      </div>
      {report && (
        <div className="flex flex-col gap-y-3" data-testid="import-report">
          {report.errors.length === 0 ? (
            <Alert variant="success" dismissible={false}>
              {t("importForm.checked", {
                rows: t("importForm.rows", { count: report.rows }),
                created: t("importForm.plans", { count: report.plans_created }),
                updated: t("importForm.plans", { count: report.plans_updated }),
                targets: t("importForm.targets", { count: report.targets }),
              })}
            </Alert>
          ) : (
            <Alert variant="error" dismissible={false}>
              {t("importForm.failed", {
                errors: t("importForm.errors", { count: report.errors.length }),
                lines: t("importForm.lines", { count: new Set(report.errors.map((e) => e.line)).size }),
              })}
            </Alert>
          )}
          {report.errors.length > 0 && (
            <div className="overflow-hidden rounded-lg border">
              <Table data-testid="import-errors">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell className="w-16">{t("importForm.line")}</Table.HeaderCell>
                    <Table.HeaderCell className="w-32">{t("importForm.column")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("importForm.problem")}</Table.HeaderCell>
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
    </DrawerForm>
  )
}
