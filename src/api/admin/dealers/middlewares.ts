import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminDealerMemberQueryConfig, adminDealerQueryConfig } from "./query-config"
import {
  AdminAddDealerMember,
  AdminCreateDealer,
  AdminGetDealerMembersParams,
  AdminGetDealerParams,
  AdminGetDealersParams,
  AdminUpdateDealer,
  AdminUpdateDealerMember,
} from "./validators"

export const adminDealersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealers",
    middlewares: [validateAndTransformQuery(AdminGetDealersParams, adminDealerQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers",
    middlewares: [
      validateAndTransformBody(AdminCreateDealer),
      validateAndTransformQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id",
    middlewares: [validateAndTransformQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateDealer),
      validateAndTransformQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/members",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerMembersParams, adminDealerMemberQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/members",
    middlewares: [validateAndTransformBody(AdminAddDealerMember)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/members/:member_id",
    middlewares: [validateAndTransformBody(AdminUpdateDealerMember)],
  },
]
