import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate"
import { StoreGetMyPlansParams, StoreGetMyProgressParams } from "./me/validators"

/**
 * A member's own plan progress and plans; registered in src/api/middlewares.ts
 * after storeDealersMiddlewares, whose /store/dealers/me* entry authenticates the customer.
 */
export const storeDealerProgressMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/dealers/me/progress",
    middlewares: [...validateQuery(StoreGetMyProgressParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/plans",
    middlewares: [...validateQuery(StoreGetMyPlansParams, { isList: false })],
  },
]
