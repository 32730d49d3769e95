import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { payoutBatchQueryConfig } from "./query-config"
import {
  AdminCreatePayoutBatch,
  AdminGetPayoutBatchesParams,
  AdminGetPayoutBatchParams,
  AdminMarkPayoutBatchPaid,
} from "./validators"

/** Bank files of cash payouts: export, download again, mark paid. */
export const adminDealerPayoutBatchesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-payout-batches",
    middlewares: [...validateQuery(AdminGetPayoutBatchesParams, payoutBatchQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-payout-batches",
    middlewares: [...validateBody(AdminCreatePayoutBatch), idempotent],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-payout-batches/:id",
    middlewares: [...validateQuery(AdminGetPayoutBatchParams, payoutBatchQueryConfig.retrieve)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-payout-batches/:id/mark-paid",
    middlewares: [...validateBody(AdminMarkPayoutBatchPaid), idempotent],
  },
]
