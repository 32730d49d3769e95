import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { materialQueryConfig } from "../dealer-materials/query-config"
import {
  AdminGetMaterialRequestParams,
  AdminGetMaterialRequestsParams,
  AdminRejectMaterialRequest,
  AdminShipMaterialRequest,
} from "./validators"

const request = validateQuery(AdminGetMaterialRequestParams, materialQueryConfig.request)

/** The dealers' material requests: the queue, shipping, rejecting (points and stock back). */
export const adminDealerMaterialRequestsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-material-requests",
    middlewares: [...validateQuery(AdminGetMaterialRequestsParams, materialQueryConfig.requests)],
  },
  { method: ["GET"], matcher: "/admin/dealer-material-requests/:id", middlewares: [...request] },
  {
    method: ["POST"],
    matcher: "/admin/dealer-material-requests/:id/ship",
    middlewares: [...validateBody(AdminShipMaterialRequest), ...request, idempotent],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-material-requests/:id/reject",
    middlewares: [...validateBody(AdminRejectMaterialRequest), ...request, idempotent],
  },
]
