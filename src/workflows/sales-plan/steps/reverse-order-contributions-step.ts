import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import type { ContributionCause } from "../../../types/sales-plan"

export const reverseOrderContributionsStepId = "dealer-network-reverse-order-contributions"

export const reverseOrderContributionsStep = createStep(
  reverseOrderContributionsStepId,
  async (input: { order_id: string; cause: ContributionCause; source_id: string }, { container }) => {
    const service: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const results = await service.reverseOrderContributions({ ...input, occurred_at: new Date() })
    const createdIds = results.filter((r) => r.created).map((r) => r.contribution.id)
    return new StepResponse(results.map((r) => r.contribution), createdIds)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).deleteDealerContributions(createdIds)
  }
)
