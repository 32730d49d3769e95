import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { enforceDealerCheckoutRules } from "./enforce-dealer-checkout-rules"
import { refuseItemsOutsideAssortment } from "./refuse-items-outside-assortment"

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [enforceDealerCheckoutRules],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/line-items",
    middlewares: [refuseItemsOutsideAssortment],
  },
  {
    method: ["GET"],
    matcher: "/store/carts/:id/dealer-check",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
