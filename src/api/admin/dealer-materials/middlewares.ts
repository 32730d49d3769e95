import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { materialQueryConfig } from "./query-config"
import {
  AdminAdjustMaterialStock,
  AdminCreateMaterial,
  AdminGetMaterialParams,
  AdminGetMaterialsParams,
  AdminUpdateMaterial,
} from "./validators"

const retrieve = validateQuery(AdminGetMaterialParams, materialQueryConfig.retrieve)

/** The marketing catalogue (materials for points, their stock). */
export const adminDealerMaterialsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-materials",
    middlewares: [...validateQuery(AdminGetMaterialsParams, materialQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-materials",
    middlewares: [...validateBody(AdminCreateMaterial), ...retrieve],
  },
  { method: ["GET"], matcher: "/admin/dealer-materials/:id", middlewares: [...retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/dealer-materials/:id",
    middlewares: [...validateBody(AdminUpdateMaterial), ...retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-materials/:id/stock",
    middlewares: [...validateBody(AdminAdjustMaterialStock), ...retrieve, idempotent],
  },
]
