import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { buildPlanImport, parsePlanCsv, planCsvReferences, PlanImport } from "../../../lib/plan-csv"

export const validatePlanImportStepId = "dealer-network-validate-plan-import"

/**
 * Reads a plan CSV and checks every row against the database: dealer codes,
 * product and category handles (one query each), the dealers' currencies, and
 * which plans exist already. Writes nothing; returns the plans to write and
 * every error with its line.
 */
export const validatePlanImportStep = createStep(
  validatePlanImportStepId,
  async (input: { csv: string }, { container }) => {
    const parsed = parsePlanCsv(input.csv)
    const refs = planCsvReferences(parsed.rows)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const salesPlan: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)

    const graph = async (entity: string, fields: string[], key: string, values: string[]) =>
      values.length ? ((await query.graph({ entity, fields, filters: { [key]: values } })).data as any[]) : []
    const [dealers, products, categories] = await Promise.all([
      graph("dealer", ["id", "code", "currency_code"], "code", refs.dealer_codes),
      graph("product", ["id", "handle", "title"], "handle", refs.product_handles),
      graph("product_category", ["id", "handle", "name"], "handle", refs.category_handles),
    ])

    const periods = [...new Set(parsed.rows.map((row) => row.period).filter((p): p is string => Boolean(p)))]
    const existing =
      dealers.length && periods.length
        ? await salesPlan.listDealerSalesPlans(
            { dealer_id: dealers.map((d) => d.id), period_key: periods },
            { select: ["id", "dealer_id", "period_key"] }
          )
        : []

    const result: PlanImport = buildPlanImport(parsed, {
      dealers: new Map(dealers.map((d) => [d.code, { id: d.id, currency_code: d.currency_code }])),
      products: new Map(products.map((p) => [p.handle, { id: p.id, title: p.title }])),
      categories: new Map(categories.map((c) => [c.handle, { id: c.id, name: c.name }])),
      existingPlans: new Map(existing.map((p) => [`${p.dealer_id}:${p.period_key}`, p.id])),
    })
    return new StepResponse(result)
  }
)
