import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import {
  AdminGetDealerRatingOfDealerParams,
  AdminGetDealerRatingParams,
  AdminGetRatingAwardsParams,
  AdminGetRatingWeightsParams,
  AdminRecordRatingAward,
  AdminUpdateRatingWeights,
} from "./validators"

/** The best-dealer rating: leaderboard, a dealer's score, the weights, the dealer of the period. */
export const adminDealerRatingMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/dealer-rating", middlewares: [...validateQuery(AdminGetDealerRatingParams, { isList: false })] },
  {
    method: ["GET"],
    matcher: "/admin/dealer-rating/weights",
    middlewares: [...validateQuery(AdminGetRatingWeightsParams, { isList: false })],
  },
  { method: ["POST"], matcher: "/admin/dealer-rating/weights", middlewares: [...validateBody(AdminUpdateRatingWeights)] },
  {
    method: ["GET"],
    matcher: "/admin/dealer-rating/awards",
    middlewares: [...validateQuery(AdminGetRatingAwardsParams, { isList: false })],
  },
  { method: ["POST"], matcher: "/admin/dealer-rating/awards", middlewares: [...validateBody(AdminRecordRatingAward), idempotent] },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/rating",
    middlewares: [...validateQuery(AdminGetDealerRatingOfDealerParams, { isList: false })],
  },
]
