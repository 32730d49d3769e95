import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validate"
import {
  AdminGetDealerContributionsParams,
  AdminGetDealerProgressRankingParams,
  AdminGetTerritoryProgressParams,
} from "./validators"

/** The progress ranking, a territory's roll-up and a dealer's ledger; registered in src/api/middlewares.ts. */
export const adminDealerProgressMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-progress",
    middlewares: [...validateQuery(AdminGetDealerProgressRankingParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-territories/:id/progress",
    middlewares: [...validateQuery(AdminGetTerritoryProgressParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/contributions",
    middlewares: [...validateQuery(AdminGetDealerContributionsParams, { isList: false })],
  },
]
