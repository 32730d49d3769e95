import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminSeasonalityProfileQueryConfig } from "./query-config"
import {
  AdminCreateSeasonalityProfile,
  AdminGetSeasonalityProfileParams,
  AdminGetSeasonalityProfilesParams,
  AdminUpdateSeasonalityProfile,
} from "./validators"

/** Seasonality profiles and splitting an annual target by one; registered in src/api/middlewares.ts. */
export const adminSeasonalityProfilesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-seasonality-profiles",
    middlewares: [
      ...validateQuery(AdminGetSeasonalityProfilesParams, adminSeasonalityProfileQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-seasonality-profiles",
    middlewares: [
      ...validateBody(AdminCreateSeasonalityProfile),
      ...validateQuery(AdminGetSeasonalityProfileParams, adminSeasonalityProfileQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-seasonality-profiles/:id",
    middlewares: [
      ...validateQuery(AdminGetSeasonalityProfileParams, adminSeasonalityProfileQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-seasonality-profiles/:id",
    middlewares: [
      ...validateBody(AdminUpdateSeasonalityProfile),
      ...validateQuery(AdminGetSeasonalityProfileParams, adminSeasonalityProfileQueryConfig.retrieve),
    ],
  },
]
