import { MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate"
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
    middlewares: [...validateBody(StoreCreateDealerApplication)],
  },
]
