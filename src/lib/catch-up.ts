// Which months a daily job still owes work for. Pure rules, no framework imports.
import { shiftMonth } from "./partner-level-review"

export type RecordedRun = {
  period_key: string
  status: "running" | "succeeded" | "failed"
  started_at: Date
}

/** How far back a job catches up; older gaps are left to a manual run. */
export const MAX_MONTHS_BACK = 12
/** A run still "running" after this long died with its process and is taken over. */
export const STALE_RUN_MS = 60 * 60 * 1000

/**
 * The ended months (oldest first) whose month-end work is not done: every
 * month after the newest one recorded, up to the month before `currentMonth`,
 * plus recorded months that failed or whose run went stale. With nothing
 * recorded yet, only the month that just ended: a new install does not
 * rewrite history.
 */
export function monthsToCatchUp(currentMonth: string, recorded: RecordedRun[], now: Date): string[] {
  const lastEnded = shiftMonth(currentMonth, -1)
  const oldest = shiftMonth(currentMonth, -MAX_MONTHS_BACK)
  const ended = recorded.filter((run) => run.period_key <= lastEnded)
  const inRange = ended.filter((run) => run.period_key >= oldest)
  const newest = ended.reduce<string | null>(
    (max, run) => (max === null || run.period_key > max ? run.period_key : max),
    null
  )
  const pending = new Set(inRange.filter((run) => !isSettled(run, now)).map((run) => run.period_key))
  let month = newest === null ? lastEnded : shiftMonth(newest, 1)
  if (month < oldest) month = oldest
  for (; month <= lastEnded; month = shiftMonth(month, 1)) pending.add(month)
  return [...pending].sort()
}

function isSettled(run: RecordedRun, now: Date): boolean {
  if (run.status === "succeeded") return true
  if (run.status === "failed") return false
  return now.getTime() - run.started_at.getTime() < STALE_RUN_MS
}
