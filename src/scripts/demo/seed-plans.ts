// Monthly sales plans for every active demo partner: the current month and the
// three before it (PLAN_MONTHS), in the dealer's currency, with focus targets.
// saveSalesPlanWorkflow updates a plan that exists, so a rerun writes no
// second plan.
import type { MedusaContainer } from "@medusajs/framework/types"
import { monthKeyOf, shiftMonth } from "../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { saveSalesPlanWorkflow } from "../../workflows/sales-plan/workflows/save-sales-plan"
import { PLAN_MONTHS, planAmountOf, PLANS, roundTo } from "./demo-data"

/** The current month in the plugin's time zone. */
export function currentPeriod(container: MedusaContainer, now: Date): string {
  const service = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  return monthKeyOf(now, service.getOptions().timeZone)
}

export async function seedPlans(
  container: MedusaContainer,
  ids: { dealer_ids: Record<string, string>; product_ids: Record<string, string>; category_ids: Record<string, string> },
  now: Date
): Promise<number> {
  const service = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const dealers = await service.listDealers({ code: PLANS.map((p) => p.dealer) }, { take: 1000 })
  const current = currentPeriod(container, now)
  let saved = 0
  for (const plan of PLANS) {
    const dealer = dealers.find((d) => d.code === plan.dealer)
    if (!dealer || dealer.status !== "active") continue
    for (const { offset, factor } of PLAN_MONTHS) {
      await saveSalesPlanWorkflow(container).run({
        input: {
          dealer_id: dealer.id,
          period_key: shiftMonth(current, offset),
          currency_code: dealer.currency_code,
          target_amount: planAmountOf(plan, factor),
          target_order_count: Math.max(1, Math.round(plan.order_count * factor)),
          note: offset === 0 ? "Demo plan" : "Demo plan (earlier month)",
          targets: plan.focus.map((f) => ({
            target_type: f.target_type,
            target_id: f.target_type === "product" ? ids.product_ids[f.handle] : ids.category_ids[f.handle],
            metric: f.metric,
            target_value: f.metric === "quantity" ? Math.max(1, Math.round(f.value * factor)) : roundTo(f.value * factor, 100),
            label: f.label,
          })),
        },
      })
      saved++
    }
  }
  return saved
}
