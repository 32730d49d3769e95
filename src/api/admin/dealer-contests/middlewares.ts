import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { contestQueryConfig } from "./query-config"
import {
  AdminContestAction,
  AdminCreateDealerContest,
  AdminGetDealerContestParams,
  AdminGetDealerContestsParams,
  AdminUpdateDealerContest,
} from "./validators"

// The contest's own fields, whatever `fields` asks for: the figures and prizes are read with them.
const retrieve = validateQuery(AdminGetDealerContestParams, contestQueryConfig.retrieve)
const action = (path: string, extra: MiddlewareRoute["middlewares"] = []): MiddlewareRoute => ({
  method: ["POST"],
  matcher: `/admin/dealer-contests/:id/${path}`,
  middlewares: [...validateBody(AdminContestAction), ...retrieve, ...(extra ?? [])],
})

/** Sales contests: create, edit, publish, cancel, the live leaderboard, close (prizes to the reward ledger), results. */
export const adminDealerContestsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-contests",
    middlewares: [...validateQuery(AdminGetDealerContestsParams, contestQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-contests",
    middlewares: [...validateBody(AdminCreateDealerContest), ...retrieve],
  },
  { method: ["GET"], matcher: "/admin/dealer-contests/:id", middlewares: [...retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/dealer-contests/:id",
    middlewares: [...validateBody(AdminUpdateDealerContest), ...retrieve],
  },
  action("publish"),
  action("cancel"),
  // Moves money into the reward ledger: idempotent with an Idempotency-Key.
  action("close", [idempotent]),
  { method: ["GET"], matcher: "/admin/dealer-contests/:id/standings", middlewares: [...retrieve] },
  { method: ["GET"], matcher: "/admin/dealer-contests/:id/results", middlewares: [...retrieve] },
]
