import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthsToCatchUp, STALE_RUN_MS } from "../../lib/catch-up"
import { monthKeyOf } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"

export type MonthEndOutcome = { month: string; status: "succeeded" | "failed" }

/** False when the host app turned the plugin's scheduled jobs off (option `scheduledJobs`). */
export function scheduledJobsEnabled(container: MedusaContainer): boolean {
  return container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions().scheduledJobs
}

/**
 * Runs a daily job's month-end work for every ended month the database says
 * is not done yet (see monthsToCatchUp), oldest first, each claimed and
 * recorded in dealer_network_job_run so that parallel workers and reruns do
 * it once. A failed month is recorded and retried by the next day's run.
 */
export async function runMonthEndWork(
  container: MedusaContainer,
  job: string,
  work: (month: string) => Promise<Record<string, unknown>>
): Promise<MonthEndOutcome[]> {
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = new Date()
  const recorded = await network.listDealerNetworkJobRuns(
    { job },
    { select: ["period_key", "status", "started_at"] }
  )
  const outcomes: MonthEndOutcome[] = []
  for (const month of monthsToCatchUp(monthKeyOf(now, network.getOptions().timeZone), recorded, now)) {
    const runId = await network.claimJobRun(job, month, STALE_RUN_MS)
    if (!runId) continue
    try {
      const result = await work(month)
      await network.finishJobRun(runId, { status: "succeeded", result })
      outcomes.push({ month, status: "succeeded" })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await network.finishJobRun(runId, { status: "failed", error: message })
      logger.error(`dealer-network: ${job} for ${month} failed (retried by the next run): ${message}`)
      outcomes.push({ month, status: "failed" })
    }
  }
  return outcomes
}
