import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreCreateDealerApplication } from "./validators"

export const storeDealerApplicationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET", "POST"],
    matcher: "/store/dealer-applications",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/dealer-applications",
    middlewares: [validateAndTransformBody(StoreCreateDealerApplication)],
  },
]
