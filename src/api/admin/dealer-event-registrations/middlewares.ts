import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate"
import { eventQueryConfig } from "../dealer-events/query-config"
import { AdminGetDealerEventRegistrationsParams } from "./validators"

/** Registrations across events, each with its event: what the dealer page lists. */
export const adminDealerEventRegistrationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-event-registrations",
    middlewares: [...validateQuery(AdminGetDealerEventRegistrationsParams, eventQueryConfig.dealerRegistrations)],
  },
]
