import { Badge, Button, Checkbox, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { DealerCell } from "../../../components/dealer-cell"
import { PromptForm } from "../../../components/form/prompt-form"
import { formResolver, requiredText } from "../../../components/form/schema"
import { usePagination } from "../../../components/list-page"
import {
  downloadBatchFile,
  useApprovedCashPayouts,
  useCreatePayoutBatch,
  useMarkBatchPaid,
  usePayoutBatches,
} from "../../../hooks/use-payout-batches"
import { useTexts } from "../../../hooks/use-texts"
import { errorMessage, refusalText } from "../../../lib/errors"
import type { DealerPayoutBatch } from "../../../../types/payout-batches"
import type { DealerPayout } from "../../../../types/rewards"

/** Cash payouts on their way to the bank: choose approved ones, export a bank file, mark files paid. */
export function PayoutsTab() {
  return (
    <div className="flex flex-col gap-y-3">
      <ApprovedPayouts />
      <PayoutBatches />
    </div>
  )
}

function useMoney() {
  const { locale } = useTexts("payouts")
  return (amount: string | number, currency: string) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))
}

function useDay() {
  const { locale } = useTexts("payouts")
  return (value: string | null) =>
    value ? new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date(value)) : "-"
}

function ApprovedPayouts() {
  const { t } = useTexts("payouts")
  const money = useMoney()
  const day = useDay()
  const { data, isError, error } = useApprovedCashPayouts()
  const exportBatch = useCreatePayoutBatch()
  const [selected, setSelected] = useState<string[]>([])
  // The admin's payout list names each payout's dealer.
  const payouts = (data?.payouts ?? []) as (DealerPayout & { dealer?: { id: string; code: string; name: string } })[]
  const toggle = (id: string) => setSelected((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]))

  const onExport = async (format: string) => {
    try {
      const chosen = selected.filter((id) => payouts.some((payout) => payout.id === id))
      const { filename } = await exportBatch.mutateAsync({ format, ...(chosen.length ? { payout_ids: chosen } : {}) })
      setSelected([])
      toast.success(t("exported", { file: filename }))
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="approved-payouts">
      <div className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading level="h2">{t("approvedTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("approvedHint")}
            {selected.length ? ` · ${t("exportSelected", { count: selected.length })}` : ""}
          </Text>
        </div>
        <div className="flex gap-x-2">
          {(["sepa_pain_001", "csv"] as const).map((format) => (
            <Button
              key={format}
              size="small"
              variant="secondary"
              disabled={!payouts.length}
              isLoading={exportBatch.isPending && exportBatch.variables?.format === format}
              onClick={() => onExport(format)}
            >
              {format === "csv" ? t("exportCsv") : t("exportSepa")}
            </Button>
          ))}
        </div>
      </div>
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !payouts.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("noneApproved")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-10" />
              <Table.HeaderCell>{t("dealer")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("amount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("approvedAt")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {payouts.map((payout) => (
              <Table.Row key={payout.id} data-testid="approved-payout-row">
                <Table.Cell>
                  <Checkbox
                    aria-label={payout.id}
                    checked={selected.includes(payout.id)}
                    onCheckedChange={() => toggle(payout.id)}
                  />
                </Table.Cell>
                <Table.Cell>{payout.dealer ? <DealerCell dealer={payout.dealer} /> : payout.dealer_id}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{money(payout.amount, payout.currency_code)}</Table.Cell>
                <Table.Cell>{day(payout.approved_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

function PayoutBatches() {
  const { t } = useTexts("payouts")
  const money = useMoney()
  const day = useDay()
  const { pagination } = usePagination(20)
  const { data, isError, error } = usePayoutBatches({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })
  const [paying, setPaying] = useState<DealerPayoutBatch | null>(null)
  const batches = data?.batches ?? []

  return (
    <Container className="divide-y p-0" data-testid="payout-batches">
      <div className="px-6 py-4">
        <Heading level="h2">{t("batchesTitle")}</Heading>
      </div>
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !batches.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("noBatches")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("executionDate")}</Table.HeaderCell>
              <Table.HeaderCell>{t("format")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("payoutCount")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("total")}</Table.HeaderCell>
              <Table.HeaderCell>{t("status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("reference")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {batches.map((batch) => (
              <Table.Row key={batch.id} data-testid="payout-batch-row">
                <Table.Cell>{day(batch.execution_date)}</Table.Cell>
                <Table.Cell>{batch.format === "csv" ? "CSV" : "SEPA pain.001"}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{batch.payout_count}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{money(batch.total, batch.currency_code)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={batch.status === "paid" ? "green" : "orange"}>
                    {t(`status_${batch.status}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{batch.reference ?? "-"}</Table.Cell>
                <Table.Cell className="flex justify-end gap-x-2">
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() => downloadBatchFile(batch.id).catch((err) => toast.error(refusalText(err)))}
                  >
                    {t("download")}
                  </Button>
                  {batch.status === "exported" && (
                    <Button size="small" variant="secondary" onClick={() => setPaying(batch)}>
                      {t("markPaid")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <MarkBatchPaidPrompt key={paying?.id ?? "closed"} batch={paying} onClose={() => setPaying(null)} />
    </Container>
  )
}

const referenceSchema = z.object({ reference: requiredText })

function MarkBatchPaidPrompt({ batch, onClose }: { batch: DealerPayoutBatch | null; onClose: () => void }) {
  const { t } = useTexts("payouts")
  const markPaid = useMarkBatchPaid()
  const form = useForm<z.input<typeof referenceSchema>, any, z.output<typeof referenceSchema>>({
    resolver: formResolver(referenceSchema),
    defaultValues: { reference: "" },
  })
  return (
    <PromptForm
      form={form}
      open={!!batch}
      onOpenChange={(open) => !open && onClose()}
      title={t("markPaidTitle")}
      description={t("markPaidDescription")}
      submitLabel={t("markPaid")}
      onSubmit={async ({ reference }) => {
        if (!batch) return
        await markPaid.mutateAsync({ id: batch.id, reference })
        toast.success(t("markedPaid"))
        onClose()
      }}
    >
      <Input id="batch-reference" aria-label={t("reference")} placeholder={t("reference")} autoComplete="off" {...form.register("reference")} />
    </PromptForm>
  )
}
