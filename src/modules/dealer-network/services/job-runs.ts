import type { Context } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import type DealerNetworkModuleService from "../service"
import { execute } from "./sql"

// Scheduled work claimed per job and month in `dealer_network_job_run`, so a
// daily job catches up once and several processes never run the same month twice.

export type JobRunOutcome =
  | { status: "succeeded"; result: Record<string, unknown> }
  | { status: "failed"; error: string }

/**
 * Claims a job's work for a month, atomically across processes: the run id when
 * this caller got it (never claimed, failed before, or claimed by a run
 * that went stale), null when it is done or another run holds it.
 */
export async function claimJobRun(
  service: DealerNetworkModuleService,
  job: string,
  periodKey: string,
  staleAfterMs: number,
  sharedContext: Context
): Promise<string | null> {
  const [claimed] = await execute(
    sharedContext,
    `insert into dealer_network_job_run (id, job, period_key, status, attempts, started_at)
     values (?, ?, ?, 'running', 1, now())
     on conflict (job, period_key) where deleted_at is null do update
        set status = 'running', attempts = dealer_network_job_run.attempts + 1, started_at = now(),
            finished_at = null, error = null, updated_at = now()
      where dealer_network_job_run.status = 'failed'
         or (dealer_network_job_run.status = 'running'
             and dealer_network_job_run.started_at < now() - make_interval(secs => ?))
     returning id`,
    [generateEntityId(undefined, "dnjob"), job, periodKey, staleAfterMs / 1000]
  )
  return claimed?.id ?? null
}

export async function finishJobRun(
  service: DealerNetworkModuleService,
  id: string,
  outcome: JobRunOutcome,
  sharedContext: Context
) {
  await service.updateDealerNetworkJobRuns({ id, finished_at: new Date(), ...outcome }, sharedContext)
}
