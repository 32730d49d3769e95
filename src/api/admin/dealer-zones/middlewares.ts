import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminDealerZoneQueryConfig } from "./query-config"
import {
  AdminCreateDealerZone,
  AdminGetDealerZoneParams,
  AdminGetDealerZonesParams,
  AdminUpdateDealerZone,
} from "./validators"

export const adminDealerZonesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-zones",
    middlewares: [validateAndTransformQuery(AdminGetDealerZonesParams, adminDealerZoneQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-zones",
    middlewares: [
      validateAndTransformBody(AdminCreateDealerZone),
      validateAndTransformQuery(AdminGetDealerZoneParams, adminDealerZoneQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-zones/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerZoneParams, adminDealerZoneQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-zones/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateDealerZone),
      validateAndTransformQuery(AdminGetDealerZoneParams, adminDealerZoneQueryConfig.retrieve),
    ],
  },
]
