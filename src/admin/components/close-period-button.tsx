import { Alert, Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useClosePeriod } from "../hooks/use-dealer-rewards"
import { currentMonth, formatDay, formatPeriod, isRewardPeriod, shiftMonth, todayKey } from "../lib/dates"
import { useTexts } from "../hooks/use-texts"
import { daysOfPeriod } from "../../lib/periods"
import { adminText } from "../lib/locale"
import { countOf, formatNumber } from "../lib/numbers"
import type { PeriodCloseResult } from "../../types/rewards"
import { TextField } from "./form/fields"
import { PromptForm } from "./form/prompt-form"
import { formResolver } from "./form/schema"

const schema = z.object({
  period: z.string().trim().refine(isRewardPeriod, { error: () => adminText("rewards.close.periodFormat") }),
})

/** "Closed 2026-11: UI-BONUS 1 new accrual for 1 dealer, 1 held" */
export function closeSummary(close: PeriodCloseResult): string {
  if (!close.programs.length) return adminText("rewards.close.noProgram", { period: formatPeriod(close.period) })
  const programs = close.programs
    .map((program) =>
      [
        adminText("rewards.close.program", {
          code: program.code,
          accruals: countOf(program.accruals, "newAccrual"),
          dealers: countOf(program.participants, "dealer"),
          participants: formatNumber(program.participants),
        }),
        program.held ? adminText("rewards.close.held", { n: program.held }) : null,
        program.released ? adminText("rewards.close.released", { n: program.released }) : null,
      ]
        .filter(Boolean)
        .join(", ")
    )
    .join("; ")
  return adminText("rewards.close.closed", { period: formatPeriod(close.period), programs })
}

/**
 * Runs a period close on demand: every program of that period type accrues
 * what its participants earned beyond earlier accruals. Rerunning adds only
 * what changed. The previous month is proposed.
 */
export const ClosePeriodButton = ({ onClosed }: { onClosed?: (close: PeriodCloseResult) => void }) => {
  const [open, setOpen] = useState(false)
  const form = useForm({
    resolver: formResolver(schema),
    defaultValues: { period: shiftMonth(currentMonth(), -1) },
  })
  const close = useClosePeriod()
  const period = form.watch("period").trim()
  const valid = isRewardPeriod(period)
  const { t } = useTexts("warnings")
  const { t: texts } = useTexts("rewards")
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
          {texts("close.button")}
        </Button>
      }
      title={texts("close.title")}
      description={texts("close.description")}
      errorTestId="close-period-error"
      submitLabel={texts("close.button")}
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
          <strong>{t("openPeriod.title", { period: formatPeriod(period) })}</strong> {t("openPeriod.body", { day: formatDay(lastDay) })}
        </Alert>
      )}
      <TextField
        name="period"
        id="close-period-input"
        label={texts("close.period")}
        hint={texts("close.periodHint")}
        aria-invalid={!!period && !valid}
        autoComplete="off"
        required
      />
    </PromptForm>
  )
}
