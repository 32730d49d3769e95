import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerTierQueryConfig } from "./query-config"
import {
  AdminCreateDealerTier,
  AdminGetDealerTierParams,
  AdminGetDealerTiersParams,
  AdminUpdateDealerTier,
  AdminReviewDealerTiers,
} from "./validators"

export const adminDealerTiersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-tiers",
    middlewares: [...validateQuery(AdminGetDealerTiersParams, adminDealerTierQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-tiers",
    middlewares: [
      ...validateBody(AdminCreateDealerTier),
      ...validateQuery(AdminGetDealerTierParams, adminDealerTierQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-tiers/:id",
    middlewares: [
      ...validateQuery(AdminGetDealerTierParams, adminDealerTierQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-tiers/:id",
    middlewares: [
      ...validateBody(AdminUpdateDealerTier),
      ...validateQuery(AdminGetDealerTierParams, adminDealerTierQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-tiers/review",
    middlewares: [...validateBody(AdminReviewDealerTiers)],
  },
]
