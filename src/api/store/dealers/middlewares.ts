import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"

export const storeDealersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/dealers/me*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
