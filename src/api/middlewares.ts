import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDealersMiddlewares } from "./admin/dealers/middlewares"

export default defineMiddlewares({
  routes: [...adminDealersMiddlewares],
})
