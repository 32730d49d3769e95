import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerApplicationQueryConfig } from "./query-config"
import {
  AdminApproveDealerApplication,
  AdminGetDealerApplicationParams,
  AdminGetDealerApplicationsParams,
  AdminRejectDealerApplication,
} from "./validators"

export const adminDealerApplicationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-applications",
    middlewares: [
      ...validateQuery(AdminGetDealerApplicationsParams, adminDealerApplicationQueryConfig.list),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-applications/:id",
    middlewares: [
      ...validateQuery(AdminGetDealerApplicationParams, adminDealerApplicationQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-applications/:id/approve",
    middlewares: [...validateBody(AdminApproveDealerApplication)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-applications/:id/reject",
    middlewares: [...validateBody(AdminRejectDealerApplication)],
  },
]
