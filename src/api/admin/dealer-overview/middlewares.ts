import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate"
import { AdminGetDealerOverviewParams } from "./validators"

/** The network overview. */
export const adminDealerOverviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-overview",
    middlewares: [...validateQuery(AdminGetDealerOverviewParams, { isList: false })],
  },
]
