import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDealerApplicationsMiddlewares } from "./admin/dealer-applications/middlewares"
import { adminDealersMiddlewares } from "./admin/dealers/middlewares"
import { storeDealerApplicationsMiddlewares } from "./store/dealer-applications/middlewares"
import { storeDealersMiddlewares } from "./store/dealers/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminDealersMiddlewares,
    ...adminDealerApplicationsMiddlewares,
    ...storeDealerApplicationsMiddlewares,
    ...storeDealersMiddlewares,
  ],
})
