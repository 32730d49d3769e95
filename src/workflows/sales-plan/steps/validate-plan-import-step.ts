import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { buildPlanImport, parsePlanCsv, planCsvReferences, PlanImport } from "../../../lib/plan-csv"

export const validatePlanImportStepId = "dealer-network-validate-plan-import"

/**
 * What the validation found, with the plans to write as one JSON document: the
 * workflow engine deep-copies structured step data for every step and transform
 * that reads it (seconds for 120,000 plans each time), and passes a string as it is.
 */
export type ValidatedPlanImport = Omit<PlanImport, "plans"> & { plans_json: string }

/**
 * Reads a plan CSV and checks every row against the database: dealer codes
 * and their currencies, product and category handles, and which plans exist
 * already (one query each). Writes nothing; returns the plans to write (as
 * JSON) and every error with its line.
 */
export const validatePlanImportStep = createStep(
  validatePlanImportStepId,
  async (input: { csv: string }, { container }) => {
    const parsed = parsePlanCsv(input.csv)
    const refs = planCsvReferences(parsed.rows)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const salesPlan: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)

    const graph = async (entity: string, fields: string[], key: string, values: string[]) =>
      values.length ? ((await query.graph({ entity, fields, filters: { [key]: values } })).data as any[]) : []
    const [dealers, products, categories] = await Promise.all([
      network.findDealersByCode(refs.dealer_codes),
      graph("product", ["id", "handle", "title"], "handle", refs.product_handles),
      graph("product_category", ["id", "handle", "name"], "handle", refs.category_handles),
    ])

    const periods = [...new Set(parsed.rows.map((row) => row.period).filter((p): p is string => Boolean(p)))]
    const existing = await salesPlan.findPlanIds({ dealer_ids: dealers.map((d) => d.id), period_keys: periods })

    const { plans, ...report }: PlanImport = buildPlanImport(parsed, {
      dealers: new Map(dealers.map((d) => [d.code, { id: d.id, currency_code: d.currency_code }])),
      products: new Map(products.map((p) => [p.handle, { id: p.id, title: p.title }])),
      categories: new Map(categories.map((c) => [c.handle, { id: c.id, name: c.name }])),
      existingPlans: new Map(existing.map((p) => [`${p.dealer_id}:${p.period_key}`, p.id])),
    })
    return new StepResponse<ValidatedPlanImport>({ ...report, plans_json: JSON.stringify(plans) })
  }
)
