import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PlanCsvError, PlannedPlan } from "../../../lib/plan-csv"
import { createImportedPlanTargetsStep, ImportedPlanTarget } from "../steps/create-imported-plan-targets-step"
import { createImportedPlansStep } from "../steps/create-imported-plans-step"
import { deleteImportedPlanTargetsStep } from "../steps/delete-imported-plan-targets-step"
import { updateImportedPlansStep } from "../steps/update-imported-plans-step"
import { validatePlanImportStep } from "../steps/validate-plan-import-step"

export type ImportSalesPlansInput = { csv: string; dry_run: boolean }

export type ImportSalesPlansReport = {
  dry_run: boolean
  rows: number
  plans_created: number
  plans_updated: number
  targets: number
  errors: PlanCsvError[]
}

export const importSalesPlansWorkflowId = "dealer-network-import-sales-plans"

/** One import at a time, so what the validation saw is still true when the writes run. */
const IMPORT_LOCK = "dealer-network-import-sales-plans"

/**
 * Imports sales plans from CSV. Validates every row first; writes only when
 * it is not a dry run and no row has an error. Then creates the new plans,
 * updates the existing ones, and replaces their focus targets with the file's;
 * a failing write undoes the earlier ones.
 */
export const importSalesPlansWorkflow = createWorkflow(
  importSalesPlansWorkflowId,
  (input: ImportSalesPlansInput) => {
    acquireLockStep({ key: IMPORT_LOCK, timeout: 60, ttl: 300 })
    const result = validatePlanImportStep({ csv: input.csv })

    when({ input, result }, ({ input, result }) => !input.dry_run && result.errors.length === 0).then(() => {
      // The plans travel as JSON strings (see ValidatedPlanImport), parsed only where needed.
      const split = transform({ result }, ({ result }) => {
        if (!result.plans_updated) return { create_json: result.plans_json, update_json: "[]", updated_ids: [] as string[] }
        const plans: PlannedPlan[] = JSON.parse(result.plans_json)
        const update = plans.filter((plan) => plan.existing_plan_id)
        return {
          create_json: JSON.stringify(plans.filter((plan) => !plan.existing_plan_id)),
          update_json: JSON.stringify(update),
          updated_ids: update.map((plan) => plan.existing_plan_id!),
        }
      })
      const createdIds = createImportedPlansStep({ plans_json: split.create_json })
      updateImportedPlansStep({ plans_json: split.update_json })
      deleteImportedPlanTargetsStep({ plan_ids: split.updated_ids })
      const targets = transform({ result, createdIds }, ({ result, createdIds }) => {
        if (!result.targets) return { targets_json: "[]" }
        const plans: PlannedPlan[] = JSON.parse(result.plans_json)
        let created = 0
        const targets = plans.flatMap((plan): ImportedPlanTarget[] => {
          const planId = plan.existing_plan_id ?? createdIds[created++]
          return plan.targets.map((target) => ({ ...target, plan_id: planId }))
        })
        return { targets_json: JSON.stringify(targets) }
      })
      createImportedPlanTargetsStep(targets)
    })

    releaseLockStep({ key: IMPORT_LOCK })
    const report = transform({ input, result }, ({ input, result }): ImportSalesPlansReport => ({
      dry_run: input.dry_run,
      rows: result.rows,
      plans_created: result.plans_created,
      plans_updated: result.plans_updated,
      targets: result.targets,
      errors: result.errors,
    }))
    return new WorkflowResponse(report)
  }
)
