import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerPlanQueryConfig } from "./query-config"
import {
  AdminCreateDealerPlan,
  AdminGetDealerPlanParams,
  AdminGetDealerPlansParams,
  AdminGetDealerProgressParams,
  AdminUpdateDealerPlan,
} from "./validators"

export const adminDealerPlansMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-plans",
    middlewares: [...validateQuery(AdminGetDealerPlansParams, adminDealerPlanQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-plans",
    middlewares: [
      ...validateBody(AdminCreateDealerPlan),
      ...validateQuery(AdminGetDealerPlanParams, adminDealerPlanQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-plans/:id",
    middlewares: [...validateQuery(AdminGetDealerPlanParams, adminDealerPlanQueryConfig.retrieve)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-plans/:id",
    middlewares: [
      ...validateBody(AdminUpdateDealerPlan),
      ...validateQuery(AdminGetDealerPlanParams, adminDealerPlanQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/progress",
    middlewares: [...validateQuery(AdminGetDealerProgressParams, { isList: false })],
  },
]
