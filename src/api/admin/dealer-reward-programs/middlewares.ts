import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { rewardQueryConfig } from "./query-config"
import {
  AdminApproveRewardAccruals,
  AdminCloseRewardPeriod,
  AdminCreateRewardProgram,
  AdminCreateRewardRule,
  AdminGetRewardAccrualsParams,
  AdminGetRewardProgramParams,
  AdminGetRewardProgramsParams,
  AdminGetWalletParams,
  AdminRejectRewardAccruals,
  AdminSimulateRewards,
  AdminUpdateRewardProgram,
  AdminUpdateRewardRule,
} from "./validators"

/** Reward programs and rules, simulation, period close, accruals and wallets. */
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
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-periods/close",
    middlewares: [...validateBody(AdminCloseRewardPeriod), idempotent],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-reward-accruals",
    middlewares: [...validateQuery(AdminGetRewardAccrualsParams, rewardQueryConfig.adminAccruals)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-accruals/approve",
    middlewares: [...validateBody(AdminApproveRewardAccruals), idempotent],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-accruals/reject",
    middlewares: [...validateBody(AdminRejectRewardAccruals), idempotent],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/wallet",
    middlewares: [...validateQuery(AdminGetWalletParams, rewardQueryConfig.wallet)],
  },
]
