import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerConflictQueryConfig } from "./query-config"
import {
  AdminGetDealerConflictParams,
  AdminGetDealerConflictsParams,
  AdminResolveDealerConflict,
} from "./validators"

export const adminDealerConflictsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-conflicts",
    middlewares: [
      ...validateQuery(AdminGetDealerConflictsParams, adminDealerConflictQueryConfig.list),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-conflicts/:id",
    middlewares: [
      ...validateQuery(AdminGetDealerConflictParams, adminDealerConflictQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-conflicts/:id/resolve",
    middlewares: [
      ...validateBody(AdminResolveDealerConflict),
      ...validateQuery(AdminGetDealerConflictParams, adminDealerConflictQueryConfig.retrieve),
    ],
  },
]
