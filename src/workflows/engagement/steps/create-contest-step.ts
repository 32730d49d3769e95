import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { DealerContest } from "../../../types/engagement"

export const createContestStepId = "dealer-network-create-contest"

export type CreateContestInput = Pick<DealerContest, "title" | "starts_on" | "ends_on" | "metric" | "currency_code" | "prizes"> &
  Partial<Pick<DealerContest, "description" | "audience" | "focus_key" | "prize_kind" | "tie_rule" | "show_names">>

/** A draft contest; undone by deleting it. */
export const createContestStep = createStep(
  createContestStepId,
  async (input: CreateContestInput, { container }) => {
    const engagement: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
    const contest = await engagement.createDealerContests(input as any)
    return new StepResponse(contest, contest.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).deleteDealerContests(id)
  }
)
