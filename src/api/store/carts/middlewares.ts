import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { enforceDealerCheckoutRules } from "./enforce-dealer-checkout-rules"

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [enforceDealerCheckoutRules],
  },
  {
    method: ["GET"],
    matcher: "/store/carts/:id/dealer-check",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
