import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { eventQueryConfig } from "./query-config"
import {
  AdminCancelDealerEvent,
  AdminCancelEventRegistration,
  AdminCreateDealerEvent,
  AdminGetDealerEventParams,
  AdminGetDealerEventsParams,
  AdminGetEventRegistrationsParams,
  AdminPublishDealerEvent,
  AdminRecordEventAttendance,
  AdminRegisterDealerForEvent,
  AdminUpdateDealerEvent,
} from "./validators"

const retrieve = validateQuery(AdminGetDealerEventParams, eventQueryConfig.retrieve)
const registration = validateQuery(AdminGetDealerEventParams, { defaults: eventQueryConfig.registrations.defaults, isList: false })

/** Events for the dealers: the program, registrations for dealers (their share from the wallet), attendance, cost. */
export const adminDealerEventsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-events",
    middlewares: [...validateQuery(AdminGetDealerEventsParams, eventQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-events",
    middlewares: [...validateBody(AdminCreateDealerEvent), ...retrieve],
  },
  { method: ["GET"], matcher: "/admin/dealer-events/:id", middlewares: [...retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/dealer-events/:id",
    middlewares: [...validateBody(AdminUpdateDealerEvent), ...retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-events/:id/publish",
    middlewares: [...validateBody(AdminPublishDealerEvent), ...retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-events/:id/cancel",
    middlewares: [...validateBody(AdminCancelDealerEvent), ...retrieve, idempotent],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-events/:id/registrations",
    middlewares: [...validateQuery(AdminGetEventRegistrationsParams, eventQueryConfig.registrations)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-events/:id/registrations",
    middlewares: [...validateBody(AdminRegisterDealerForEvent), ...registration, idempotent],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-events/:id/registrations/:registration_id/cancel",
    middlewares: [...validateBody(AdminCancelEventRegistration), ...registration, idempotent],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-events/:id/attendance",
    middlewares: [...validateBody(AdminRecordEventAttendance), ...retrieve],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-events/:id/cost-summary",
    middlewares: [...validateQuery(AdminGetDealerEventParams, { isList: false })],
  },
]
