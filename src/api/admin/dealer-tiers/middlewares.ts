import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminDealerTierQueryConfig } from "./query-config"
import {
  AdminCreateDealerTier,
  AdminGetDealerTierParams,
  AdminGetDealerTiersParams,
  AdminUpdateDealerTier,
} from "./validators"

export const adminDealerTiersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-tiers",
    middlewares: [validateAndTransformQuery(AdminGetDealerTiersParams, adminDealerTierQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-tiers",
    middlewares: [
      validateAndTransformBody(AdminCreateDealerTier),
      validateAndTransformQuery(AdminGetDealerTierParams, adminDealerTierQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-tiers/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerTierParams, adminDealerTierQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-tiers/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateDealerTier),
      validateAndTransformQuery(AdminGetDealerTierParams, adminDealerTierQueryConfig.retrieve),
    ],
  },
]
