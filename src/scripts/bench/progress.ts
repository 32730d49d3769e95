import type { MedusaContainer } from "@medusajs/framework/types"
import { registerCustomer } from "../../../integration-tests/helpers/auth"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../modules/sales-plan"
import type SalesPlanModuleService from "../../modules/sales-plan/service"
import { buildNetworkProgress, progressMonth } from "../../queries/dealer-progress"
import { networkOverview } from "../../queries/network-overview"
import type { BenchApp } from "./apps"
import { measure } from "./measure"
import { BenchScale, CLOSED_PERIOD } from "./scale"

// The ranked progress list, the network overview's roll-ups and a
// distributor's sub-network progress, through the HTTP API and as the read
// models the routes call (their SQL), in the same run.

/** The seeded distributor whose sub-network an owner reads. */
const SEEDED_DISTRIBUTOR = "dlr_d1"
const PAGE = 50

/** An owner of the seeded distributor, made a member through the admin API. */
async function distributorOwner(app: BenchApp) {
  const owner = await registerCustomer(app.api, app.store.publishableKey, "owner@distributor.bench.example")
  await app.api.post(`/admin/dealers/${SEEDED_DISTRIBUTOR}/members`, { customer_id: owner.id, role: "owner" }, app.admin)
  return owner
}

export async function benchProgress(container: MedusaContainer, app: BenchApp, scale: BenchScale) {
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
  const month = progressMonth(network.getOptions(), { period: CLOSED_PERIOD })
  const owner = await distributorOwner(app)

  const reads = { warmup: 5, runs: scale.readRuns }
  const get = async (url: string, headers: typeof app.admin) => {
    await app.api.get(url, headers)
  }
  return {
    ranked_http: await measure(`ranked list, page of ${PAGE} (GET /admin/dealer-progress)`, reads, () =>
      get(`/admin/dealer-progress?period=${CLOSED_PERIOD}&limit=${PAGE}`, app.admin)
    ),
    ranked_sql: await measure("ranked list, its read model (rankPeriodProgress)", reads, async () => {
      const { rows } = await plans.rankPeriodProgress({
        period_key: month.periodKey,
        expected_share: month.expectedShare,
        credited_until: month.creditedUntil,
        limit: PAGE,
        offset: 0,
      })
      return rows.length
    }),
    overview_http: await measure("network roll-ups (GET /admin/dealer-overview)", reads, () =>
      get(`/admin/dealer-overview?period=${CLOSED_PERIOD}`, app.admin)
    ),
    overview_sql: await measure("network roll-ups, its read model (networkOverview)", reads, async () => {
      await networkOverview(container, { period: CLOSED_PERIOD })
    }),
    sub_network_http: await measure("distributor's sub-network (GET /store/dealers/me/progress)", reads, () =>
      get(`/store/dealers/me/progress?period=${CLOSED_PERIOD}`, owner.headers)
    ),
    sub_network_sql: await measure("distributor's sub-network, its read model (buildNetworkProgress)", reads, async () => {
      const { subDealers } = await buildNetworkProgress(container, SEEDED_DISTRIBUTOR, { period: CLOSED_PERIOD }, { withCurve: true })
      return subDealers.length
    }),
  }
}
