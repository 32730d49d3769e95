import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerTerritoryQueryConfig } from "./query-config"
import {
  AdminCreateDealerTerritory,
  AdminGetDealerTerritoriesParams,
  AdminGetDealerTerritoryParams,
  AdminMatchDealerTerritoryParams,
  AdminUpdateDealerTerritory,
  AdminGetTerritoryProgressParams,
} from "./validators"

export const adminDealerTerritoriesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-territories",
    middlewares: [
      ...validateQuery(AdminGetDealerTerritoriesParams, adminDealerTerritoryQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-territories",
    middlewares: [
      ...validateBody(AdminCreateDealerTerritory),
      ...validateQuery(AdminGetDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
  {
    // A static segment: Medusa sorts it ahead of /:id, so "match" is never taken for an id.
    method: ["GET"],
    matcher: "/admin/dealer-territories/match",
    middlewares: [
      ...validateQuery(AdminMatchDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-territories/:id",
    middlewares: [
      ...validateQuery(AdminGetDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-territories/:id",
    middlewares: [
      ...validateBody(AdminUpdateDealerTerritory),
      ...validateQuery(AdminGetDealerTerritoryParams, adminDealerTerritoryQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-territories/:id/progress",
    middlewares: [...validateQuery(AdminGetTerritoryProgressParams, { isList: false })],
  },
]
