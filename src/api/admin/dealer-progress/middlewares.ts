import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate"
import { AdminGetDealerProgressRankingParams } from "./validators"

/** The progress ranking. */
export const adminDealerProgressMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-progress",
    middlewares: [...validateQuery(AdminGetDealerProgressRankingParams, { isList: false })],
  },
]
