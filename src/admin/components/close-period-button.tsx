import { zodResolver } from "@hookform/resolvers/zod"
import { Alert, Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useClosePeriod } from "../hooks/use-dealer-rewards"
import { currentMonth, formatDay, isRewardPeriod, shiftMonth, todayKey } from "../lib/dates"
import { useTexts } from "../hooks/use-texts"
import { daysOfPeriod } from "../../lib/periods"
import { countOf } from "../lib/numbers"
import type { PeriodCloseResult } from "../../types/rewards"
import { TextField } from "./form/fields"
import { PromptForm } from "./form/prompt-form"

const schema = z.object({ period: z.string().trim().refine(isRewardPeriod, "2026-11, 2026-Q4 or 2026") })

/** "Closed 2026-11: UI-BONUS 1 new accrual for 1 dealer, 1 held" */
export function closeSummary(close: PeriodCloseResult): string {
  if (!close.programs.length) return `Closed ${close.period}: no active program runs on that period`
  return `Closed ${close.period}: ${close.programs
    .map((program) =>
      [
        `${program.code} ${countOf(program.accruals, "new accrual")} for ${countOf(program.participants, "dealer")}`,
        program.held ? `${program.held} held` : null,
        program.released ? `${program.released} released` : null,
      ]
        .filter(Boolean)
        .join(", ")
    )
    .join("; ")}`
}

/**
 * Runs a period close on demand: every program of that period type accrues
 * what its participants earned beyond earlier accruals. Rerunning adds only
 * what changed. The previous month is proposed.
 */
export const ClosePeriodButton = ({ onClosed }: { onClosed?: (close: PeriodCloseResult) => void }) => {
  const [open, setOpen] = useState(false)
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { period: shiftMonth(currentMonth(), -1) },
  })
  const close = useClosePeriod()
  const period = form.watch("period").trim()
  const valid = isRewardPeriod(period)
  const { t } = useTexts("warnings")
  const lastDay = valid ? daysOfPeriod(period).last : null

  return (
    <PromptForm
      form={form}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) form.clearErrors()
      }}
      trigger={
        <Button size="small" variant="secondary" data-testid="close-period">
          Close period
        </Button>
      }
      title="Close a reward period"
      description="Accrues what each participating dealer earned in the period beyond earlier accruals, as pending entries to approve. Running it again only adds what changed."
      errorTestId="close-period-error"
      submitLabel="Close period"
      submitDisabled={!valid}
      onSubmit={async (values) => {
        const { close: result } = await close.mutateAsync(values.period)
        toast.success(closeSummary(result))
        onClosed?.(result)
        setOpen(false)
      }}
    >
      {lastDay && lastDay >= todayKey() && (
        <Alert variant="warning" data-testid="close-period-open-warning">
          <strong>{t("openPeriod.title", { period })}</strong> {t("openPeriod.body", { day: formatDay(lastDay) })}
        </Alert>
      )}
      <TextField
        name="period"
        id="close-period-input"
        label="Period"
        hint="2026-11 for monthly programs, 2026-Q4 quarterly, 2026 yearly."
        aria-invalid={!!period && !valid}
        autoComplete="off"
        required
      />
    </PromptForm>
  )
}
