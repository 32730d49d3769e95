import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { rewardQueryConfig } from "../dealer-reward-programs/query-config"
import { AdminApproveRewardAccruals, AdminGetRewardAccrualsParams, AdminRejectRewardAccruals } from "./validators"

/** The reward ledger across dealers, and approving or rejecting accruals. */
export const adminDealerRewardAccrualsMiddlewares: MiddlewareRoute[] = [
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
]
