import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { PlanExportPlan } from "../../../lib/plan-csv"
import { rawAmount } from "../../../lib/amounts"

export type LoadPlanExportInput = {
  /** First and last month, "YYYY-MM", both included. */
  period_from: string
  period_to: string
  dealer_ids?: string[]
}

export const loadPlanExportStepId = "dealer-network-load-plan-export"

/**
 * The plans of a period range with their actuals: totals from the ledger per
 * period (the sales-plan service's sums, in the plan's currency), focus targets
 * from one grouped query over the contribution lines; dealer codes and names
 * and the targets' handles through Query.
 */
export const loadPlanExportStep = createStep(
  loadPlanExportStepId,
  async (input: LoadPlanExportInput, { container }) => {
    const salesPlan: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const plans = await salesPlan.listDealerSalesPlans(
      {
        period_key: { $gte: input.period_from, $lte: input.period_to },
        ...(input.dealer_ids ? { dealer_id: input.dealer_ids } : {}),
      } as any,
      { relations: ["targets"], order: { period_key: "ASC", dealer_id: "ASC" } }
    )
    if (!plans.length) return new StepResponse([] as PlanExportPlan[])

    const graph = async (entity: string, fields: string[], ids: string[]) =>
      ids.length ? ((await query.graph({ entity, fields, filters: { id: ids } })).data as any[]) : []
    const targets = plans.flatMap((plan) => plan.targets.map((target) => ({ plan, target })))
    const idsOf = (type: string) => [
      ...new Set(targets.filter(({ target }) => target.target_type === type).map(({ target }) => target.target_id)),
    ]
    const [dealers, products, categories] = await Promise.all([
      graph("dealer", ["id", "code", "name"], [...new Set(plans.map((p) => p.dealer_id))]),
      graph("product", ["id", "handle"], idsOf("product")),
      graph("product_category", ["id", "handle"], idsOf("category")),
    ])
    const dealerById = new Map(dealers.map((d) => [d.id, d]))
    const handleById = new Map([...products, ...categories].map((r) => [r.id as string, r.handle as string]))

    const periods = [...new Set(plans.map((p) => p.period_key))]
    const progress = (
      await Promise.all(
        periods.map((period_key) =>
          salesPlan.sumPeriodProgress({
            period_key,
            dealer_ids: [...new Set(plans.filter((p) => p.period_key === period_key).map((p) => p.dealer_id))],
          })
        )
      )
    ).flat()
    const progressOf = (plan: (typeof plans)[number]) =>
      progress.find(
        (row) =>
          row.dealer_id === plan.dealer_id &&
          row.period_key === plan.period_key &&
          row.currency_code === plan.currency_code
      )

    const targetActuals = new Map(
      (await salesPlan.sumTargetProgress(plans.map((plan) => plan.id))).map((row) => [row.target_id, row.actual])
    )

    const rows: PlanExportPlan[] = plans.map((plan) => {
      const dealer = dealerById.get(plan.dealer_id)
      const actual = progressOf(plan)
      return {
        dealer_code: dealer?.code ?? plan.dealer_id,
        dealer_name: dealer?.name ?? "",
        period_key: plan.period_key,
        currency_code: plan.currency_code,
        target_amount: rawAmount(plan, "target_amount"),
        target_order_count: plan.target_order_count ?? null,
        actual_amount: actual?.amount ?? "0",
        actual_order_count: actual?.order_count ?? 0,
        note: plan.note ?? null,
        targets: plan.targets.map((target) => ({
          target_type: target.target_type,
          target_ref: handleById.get(target.target_id) ?? target.target_id,
          metric: target.metric,
          target_value: rawAmount(target, "target_value"),
          actual: targetActuals.get(target.id) ?? "0",
        })),
      }
    })
    return new StepResponse(rows)
  }
)
