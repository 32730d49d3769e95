import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import closeRewardPeriodsJob, { CLOSE_REWARD_PERIODS_JOB } from "../../src/jobs/dealer-network-close-reward-periods"
import reviewTiersJob, { REVIEW_TIERS_JOB } from "../../src/jobs/dealer-network-review-tiers"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { REWARDS_MODULE } from "../../src/modules/rewards"
import type RewardsModuleService from "../../src/modules/rewards/service"
import { createAdminHeaders } from "../helpers/auth"
import { shiftClockTo } from "../helpers/shifted-clock"
import { waitFor } from "../helpers/wait"

jest.setTimeout(300_000)

// The test apps run with the plugin's jobs off (integration-tests/setup.js); this one turns them on.
process.env.DEALER_NETWORK_SCHEDULED_JOBS = "on"

// The wall clock reads 2 December, 90 s before the close job's 04:00 run. The
// next 1st is 29 days away, more than one setTimeout can hold: a monthly cron
// overflowed it and ran in a loop from here.
const clock = shiftClockTo(new Date("2026-12-02T03:58:30Z"))

const overflowWarnings: Error[] = []
process.on("warning", (warning) => {
  if (warning.name === "TimeoutOverflowWarning") overflowWarnings.push(warning)
})

const PLUGIN_JOBS = [
  "dealer-network-check-deviations",
  "dealer-network-close-contests",
  "dealer-network-close-reward-periods",
  "dealer-network-expire-agreements",
  "dealer-network-review-tiers",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const runsOf = (job: string) =>
      getContainer()
        .resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
        .listDealerNetworkJobRuns({ job }, { order: { period_key: "ASC" } })

    it("runs each daily job at most once a day, even when the next 1st is a month away", async () => {
      const finished: Record<string, number> = Object.fromEntries(PLUGIN_JOBS.map((job) => [job, 0]))
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
      for (const job of PLUGIN_JOBS) {
        await engine.subscribe({
          workflowId: `job-${job}`,
          subscriber: (event: { eventType: string }) => {
            if (event.eventType === "onFinish") finished[job]++
          },
        })
      }
      const bootedBeforeFour = Date.now() < new Date("2026-12-02T04:00:00Z").getTime()

      // Watch until a minute past 04:00, and for a minute at least.
      const watchMs = Math.max(60_000, new Date("2026-12-02T04:01:00Z").getTime() - Date.now())
      await new Promise((resolve) => setTimeout(resolve, watchMs))

      expect(overflowWarnings).toEqual([])
      expect(PLUGIN_JOBS.filter((job) => finished[job] > 1)).toEqual([])
      if (bootedBeforeFour) {
        expect(finished[CLOSE_REWARD_PERIODS_JOB]).toBe(1)
        // Nothing recorded before: it closed the month that ended, and recorded it.
        expect(await runsOf(CLOSE_REWARD_PERIODS_JOB)).toEqual([
          expect.objectContaining({ period_key: "2026-11", status: "succeeded", attempts: 1 }),
        ])
      }
    })

    it("catches up a month whose 1st the server missed, exactly once, whoever else runs it", async () => {
      const admin = await createAdminHeaders(getContainer())
      const post = async (url: string, body: unknown = {}) => (await api.post(url, body, admin)).data
      const { program } = await post("/admin/dealer-reward-programs", {
        code: "LOYAL",
        name: "Loyalty",
        period_type: "month",
        valid_from: "2026-01-01",
        status: "active",
        currency_code: "eur",
        rules: [{ name: "Monthly thank-you", definition: { reward: { type: "fixed", amount: 25 } } }],
      })
      const { dealer } = await post("/admin/dealers", { code: "ALPHA", name: "Alpha Handel" })
      const { agreement } = await post(`/admin/dealers/${dealer.id}/agreements`, {
        valid_from: "2026-10-01T00:00:00Z",
        reward_program_ids: [program.id],
      })
      await post(`/admin/dealer-agreements/${agreement.id}/activate`)

      const recordedBefore = (await runsOf(CLOSE_REWARD_PERIODS_JOB)).map((run) => run.period_key)
      // The server was down on 1 January; it is back on the 3rd.
      clock.moveTo(new Date("2027-01-03T10:00:00Z"))
      const container = getContainer()
      await Promise.all([closeRewardPeriodsJob(container), closeRewardPeriodsJob(container), reviewTiersJob(container)])
      await closeRewardPeriodsJob(container)

      const closeRuns = await runsOf(CLOSE_REWARD_PERIODS_JOB)
      expect(closeRuns.map((run) => [run.period_key, run.status, run.attempts])).toEqual(
        [...recordedBefore, "2026-12"].map((month) => [month, "succeeded", 1])
      )
      expect(closeRuns[closeRuns.length - 1].result).toMatchObject({ closed: { "2026-12": 1, "2026-11": 1 } })
      // The tier review had nothing recorded: it reviews the month that ended, once.
      expect((await runsOf(REVIEW_TIERS_JOB)).map((run) => run.period_key)).toEqual(["2026-12"])

      const rewards = container.resolve<RewardsModuleService>(REWARDS_MODULE)
      const accruals = await waitFor(
        () => rewards.listDealerRewardAccruals({ dealer_id: dealer.id }, { order: { period_key: "ASC" } }),
        (rows) => rows.length > 0
      )
      // November was closed by the 2 December run, before the dealer took part;
      // its re-close on the 3rd adds November once, December once.
      expect(accruals.map((a) => [a.period_key, Number(a.amount)])).toEqual([
        ["2026-11", 25],
        ["2026-12", 25],
      ])
    })
  },
})
