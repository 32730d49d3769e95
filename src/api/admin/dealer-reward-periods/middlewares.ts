import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody } from "../../utils/validate"
import { AdminCloseRewardPeriod } from "./validators"

/** Closing a reward period on demand. */
export const adminDealerRewardPeriodsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-periods/close",
    middlewares: [...validateBody(AdminCloseRewardPeriod), idempotent],
  },
]
