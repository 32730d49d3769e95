import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerMemberQueryConfig, adminDealerQueryConfig } from "./query-config"
import {
  AdminAddDealerMember,
  AdminCreateDealer,
  AdminGetDealerMembersParams,
  AdminGetDealerParams,
  AdminGetDealerReceivablesParams,
  AdminGetDealersParams,
  AdminUpdateDealer,
  AdminUpdateDealerMember,
} from "./validators"

export const adminDealersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealers",
    middlewares: [...validateQuery(AdminGetDealersParams, adminDealerQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers",
    middlewares: [
      ...validateBody(AdminCreateDealer),
      ...validateQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id",
    middlewares: [...validateQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id",
    middlewares: [
      ...validateBody(AdminUpdateDealer),
      ...validateQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/receivables",
    middlewares: [...validateQuery(AdminGetDealerReceivablesParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/members",
    middlewares: [
      ...validateQuery(AdminGetDealerMembersParams, adminDealerMemberQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/members",
    middlewares: [...validateBody(AdminAddDealerMember)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/members/:member_id",
    middlewares: [...validateBody(AdminUpdateDealerMember)],
  },
]
