import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate"
import { adminDealerMemberFields } from "../dealers/query-config"
import { AdminGetAllDealerMembersParams } from "./validators"

export const adminDealerMembersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-members",
    middlewares: [
      ...validateQuery(AdminGetAllDealerMembersParams, {
        defaults: [...adminDealerMemberFields, "dealer.id", "dealer.code", "dealer.name", "dealer.role", "dealer.status"],
        isList: true,
      }),
    ],
  },
]
