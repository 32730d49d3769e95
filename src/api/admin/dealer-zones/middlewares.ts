import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
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
