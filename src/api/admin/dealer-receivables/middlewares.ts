import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate"
import { AdminGetDealerReceivablesListParams } from "./validators"

export const adminDealerReceivablesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-receivables",
    middlewares: [...validateQuery(AdminGetDealerReceivablesListParams, { isList: false })],
  },
]
