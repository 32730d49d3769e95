import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
      validateAndTransformQuery(AdminGetDealerApplicationsParams, adminDealerApplicationQueryConfig.list),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-applications/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerApplicationParams, adminDealerApplicationQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-applications/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveDealerApplication)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-applications/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectDealerApplication)],
  },
]
