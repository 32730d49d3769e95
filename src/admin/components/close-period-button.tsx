import { Alert, Button, Input, Prompt, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useClosePeriod } from "../hooks/use-dealer-rewards"
import { countOf, currentMonth, errorMessage, isRewardPeriod, shiftMonth } from "../lib/format"
import type { PeriodCloseResult } from "../../types/rewards"
import { Field } from "./field"

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
  const [period, setPeriod] = useState(() => shiftMonth(currentMonth(), -1))
  const [error, setError] = useState<string | null>(null)
  const close = useClosePeriod()
  const valid = isRewardPeriod(period.trim())

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) setError(null)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    try {
      const { close: result } = await close.mutateAsync(period.trim())
      toast.success(closeSummary(result))
      onClosed?.(result)
      setOpen(false)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Prompt open={open} onOpenChange={onOpenChange}>
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="close-period">
          Close period
        </Button>
      </Prompt.Trigger>
      <Prompt.Content className="max-w-[480px]">
        <form onSubmit={onSubmit}>
          <Prompt.Header>
            <Prompt.Title>Close a reward period</Prompt.Title>
            <Prompt.Description>
              Accrues what each participating dealer earned in the period beyond earlier accruals, as pending entries to
              approve. Running it again only adds what changed.
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-3 px-6 pt-4">
            {error && (
              <Alert variant="error" dismissible={false} data-testid="close-period-error">
                {error}
              </Alert>
            )}
            <Field id="close-period-input" label="Period" hint="2026-11 for monthly programs, 2026-Q4 quarterly, 2026 yearly.">
              <Input
                id="close-period-input"
                value={period}
                onChange={(e) => setPeriod(e.target.value)}
                aria-invalid={!!period.trim() && !valid}
                autoComplete="off"
                required
              />
            </Field>
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button size="small" type="submit" isLoading={close.isPending} disabled={!valid}>
              Close period
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
