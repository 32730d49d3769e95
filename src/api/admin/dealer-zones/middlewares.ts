import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerZoneQueryConfig } from "./query-config"
import {
  AdminCreateDealerZone,
  AdminGetDealerZoneOverlapsParams,
  AdminGetDealerZoneParams,
  AdminGetDealerZonesParams,
  AdminUpdateDealerZone,
} from "./validators"

export const adminDealerZonesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-zones",
    middlewares: [...validateQuery(AdminGetDealerZonesParams, adminDealerZoneQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-zones",
    middlewares: [
      ...validateBody(AdminCreateDealerZone),
      ...validateQuery(AdminGetDealerZoneParams, adminDealerZoneQueryConfig.retrieve),
    ],
  },
  {
    // A static segment: Medusa sorts it ahead of /:id, so "overlaps" is never taken for an id.
    method: ["GET"],
    matcher: "/admin/dealer-zones/overlaps",
    middlewares: [...validateQuery(AdminGetDealerZoneOverlapsParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-zones/:id",
    middlewares: [
      ...validateQuery(AdminGetDealerZoneParams, adminDealerZoneQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-zones/:id",
    middlewares: [
      ...validateBody(AdminUpdateDealerZone),
      ...validateQuery(AdminGetDealerZoneParams, adminDealerZoneQueryConfig.retrieve),
    ],
  },
]
