import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminDealerTerritoryQueryConfig } from "./query-config"
import {
  AdminCreateDealerTerritory,
  AdminGetDealerTerritoriesParams,
  AdminGetDealerTerritoryParams,
  AdminMatchDealerTerritoryParams,
  AdminUpdateDealerTerritory,
} from "./validators"

export const adminDealerTerritoriesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-territories",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerTerritoriesParams, adminDealerTerritoryQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-territories",
    middlewares: [
      validateAndTransformBody(AdminCreateDealerTerritory),
      validateAndTransformQuery(AdminGetDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
  {
    // A static segment: Medusa sorts it ahead of /:id, so "match" is never taken for an id.
    method: ["GET"],
    matcher: "/admin/dealer-territories/match",
    middlewares: [
      validateAndTransformQuery(AdminMatchDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-territories/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-territories/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateDealerTerritory),
      validateAndTransformQuery(AdminGetDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
]
