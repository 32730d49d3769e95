import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerAlertQueryConfig } from "./query-config"
import { AdminCheckDealerDeviations, AdminGetDealerAlertsParams } from "./validators"

/** Deviation alerts and the daily check. */
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
]
