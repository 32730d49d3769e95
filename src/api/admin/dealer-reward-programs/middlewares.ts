import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { rewardQueryConfig } from "./query-config"
import {
  AdminCreateRewardProgram,
  AdminCreateRewardRule,
  AdminGetRewardProgramParams,
  AdminGetRewardProgramsParams,
  AdminSimulateRewards,
  AdminUpdateRewardProgram,
  AdminUpdateRewardRule,
} from "./validators"

/** Reward programs and rules, and their simulation. */
export const adminDealerRewardProgramsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-reward-programs",
    middlewares: [...validateQuery(AdminGetRewardProgramsParams, rewardQueryConfig.programs)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-programs",
    middlewares: [
      ...validateBody(AdminCreateRewardProgram),
      ...validateQuery(AdminGetRewardProgramParams, rewardQueryConfig.program),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-reward-programs/:id",
    middlewares: [...validateQuery(AdminGetRewardProgramParams, rewardQueryConfig.program)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-programs/:id",
    middlewares: [
      ...validateBody(AdminUpdateRewardProgram),
      ...validateQuery(AdminGetRewardProgramParams, rewardQueryConfig.program),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-programs/:id/rules",
    middlewares: [...validateBody(AdminCreateRewardRule)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-programs/:id/rules/:rule_id",
    middlewares: [...validateBody(AdminUpdateRewardRule)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-programs/:id/simulate",
    middlewares: [...validateBody(AdminSimulateRewards)],
  },
]
