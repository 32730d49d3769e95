/**
 * A large reward network seeded in bulk through the module services, for
 * tests whose period close must take a while: `dealers` active dealers, each
 * with an active agreement under `programs` monthly programs and the same
 * sales in every month of `months`. Every figure is known in advance, so a
 * close's ledger can be checked by hand (see expectedAccrual).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import BigNumber from "bignumber.js"
import { DEALER_NETWORK_MODULE } from "../../src/modules/dealer-network"
import type DealerNetworkModuleService from "../../src/modules/dealer-network/service"
import { rewardProgramSchema } from "../../src/modules/rewards/schemas"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"
import { createRewardProgramWorkflow } from "../../src/workflows/rewards/workflows/create-reward-program"

export type RewardNetworkSpec = { dealers: number; programs: number; months: string[] }

export const networkDealerCode = (n: number) => `NET-${String(n).padStart(5, "0")}`
const networkProgramCode = (p: number) => `NET-P${p}`
/** What dealer n sold in each seeded month: whole euros, so every rate below gives whole cents. */
const monthlySales = (n: number) => new BigNumber(1000 + n)

/** Program p: a fixed thank-you of 10 + p and a rebate of p + 1 % of the month's sales. */
const programRules = (p: number) => [
  { name: "Thank-you", fixed: new BigNumber(10 + p) },
  { name: "Volume rebate", ratePercent: new BigNumber(p + 1) },
]

/** The accrual an uninterrupted close of a seeded month writes for dealer n, program p and a rule. */
export function expectedAccrual(n: number, p: number, ruleName: string): string {
  const rule = programRules(p).find((r) => r.name === ruleName)!
  const amount = rule.fixed ?? monthlySales(n).times(rule.ratePercent!).div(100)
  return amount.toFixed(2)
}

/** Every (dealer code, program code, rule name) of the network with its expected accrual for a month. */
export function expectedLedger(spec: RewardNetworkSpec): Map<string, string> {
  const ledger = new Map<string, string>()
  for (let p = 1; p <= spec.programs; p++) {
    for (let n = 1; n <= spec.dealers; n++) {
      for (const { name } of programRules(p)) {
        ledger.set(`${networkDealerCode(n)}/${networkProgramCode(p)}/${name}`, expectedAccrual(n, p, name))
      }
    }
  }
  return ledger
}

export async function seedRewardNetwork(container: MedusaContainer, spec: RewardNetworkSpec) {
  const network = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const salesPlan = container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
  const programIds: string[] = []
  for (let p = 1; p <= spec.programs; p++) {
    const input = rewardProgramSchema.parse({
      code: networkProgramCode(p),
      name: `Network program ${p}`,
      period_type: "month",
      valid_from: "2020-01-01",
      status: "active",
      currency_code: "eur",
      rules: programRules(p).map((rule) => ({
        name: rule.name,
        definition: {
          reward: rule.fixed
            ? { type: "fixed", amount: rule.fixed.toFixed() }
            : { type: "rate", base: "sales_amount", rate_percent: rule.ratePercent!.toFixed() },
        },
      })),
    })
    const { result } = await createRewardProgramWorkflow(container).run({ input })
    programIds.push(result.id)
  }
  const numbers = Array.from({ length: spec.dealers }, (_, i) => i + 1)
  const dealers = await network.createDealers(
    numbers.map((n) => ({ code: networkDealerCode(n), name: `Network dealer ${n}`, currency_code: "eur", status: "active" as const }))
  )
  await network.createDealerAgreements(
    dealers.map((dealer) => ({
      dealer_id: dealer.id,
      number: `AGR-${dealer.code}`,
      status: "active" as const,
      valid_from: new Date("2020-01-01T00:00:00Z"),
      activated_at: new Date(),
      reward_program_ids: programIds,
    }))
  )
  // Through recordContribution, as the order subscriber writes them, so the running totals follow.
  const entries = spec.months.flatMap((month) =>
    dealers.map((dealer, i) => ({
      dealer_id: dealer.id,
      order_id: `order_network_${month}_${i + 1}`,
      cause: "order_placed" as const,
      source_id: `order_network_${month}_${i + 1}`,
      period_key: month,
      occurred_at: new Date(`${month}-15T12:00:00Z`),
      currency_code: "eur",
      amount: monthlySales(i + 1).toFixed(),
      order_count: 1,
      lines: [],
    }))
  )
  for (let start = 0; start < entries.length; start += 20) {
    await Promise.all(entries.slice(start, start + 20).map((entry) => salesPlan.recordContribution(entry)))
  }
}
