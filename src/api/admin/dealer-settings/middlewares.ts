import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate"
import { AdminUpdateDealerSettings } from "./validators"

export const adminDealerSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/dealer-settings",
    middlewares: [...validateBody(AdminUpdateDealerSettings)],
  },
]
