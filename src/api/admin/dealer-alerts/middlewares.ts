import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerAlertQueryConfig, adminDealerTierChangeQueryConfig } from "./query-config"
import {
  AdminCheckDealerDeviations,
  AdminGetDealerAlertsParams,
  AdminGetDealerTierChangesParams,
  AdminReviewDealerTiers,
} from "./validators"

/** Deviation alerts, the daily check and the tier review (with its history per dealer). */
export const adminDealerAlertsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-alerts",
    middlewares: [...validateQuery(AdminGetDealerAlertsParams, adminDealerAlertQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-alerts/check",
    middlewares: [...validateBody(AdminCheckDealerDeviations)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-tiers/review",
    middlewares: [...validateBody(AdminReviewDealerTiers)],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/tier-changes",
    middlewares: [
      ...validateQuery(AdminGetDealerTierChangesParams, adminDealerTierChangeQueryConfig.list),
    ],
  },
]
