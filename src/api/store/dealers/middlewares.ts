import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { authorizeDealerMember } from "./me/membership"

export const storeDealersMiddlewares: MiddlewareRoute[] = [
  {
    // Every method: a route added under /store/dealers/me answers 404 until the access policy lists it.
    matcher: "/store/dealers/me*",
    middlewares: [authenticate("customer", ["session", "bearer"]), authorizeDealerMember],
  },
]
