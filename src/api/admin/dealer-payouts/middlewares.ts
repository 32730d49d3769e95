import type { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { payoutQueryConfig } from "./query-config"
import {
  AdminApproveDealerPayout,
  AdminCancelDealerPayout,
  AdminGetDealerPayoutParams,
  AdminGetDealerPayoutsParams,
  AdminMarkDealerPayoutPaid,
} from "./validators"

/** Payouts across dealers: the cash flow (approve, bank export, paid, cancel). */
export const adminDealerPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-payouts",
    middlewares: [...validateQuery(AdminGetDealerPayoutsParams, payoutQueryConfig.list)],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-payouts/:id",
    middlewares: [...validateQuery(AdminGetDealerPayoutParams, payoutQueryConfig.retrieve)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-payouts/:id/approve",
    middlewares: [
      ...validateBody(AdminApproveDealerPayout),
      ...validateQuery(AdminGetDealerPayoutParams, payoutQueryConfig.retrieve),
      idempotent,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-payouts/:id/mark-paid",
    middlewares: [
      ...validateBody(AdminMarkDealerPayoutPaid),
      ...validateQuery(AdminGetDealerPayoutParams, payoutQueryConfig.retrieve),
      idempotent,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-payouts/:id/cancel",
    middlewares: [
      ...validateBody(AdminCancelDealerPayout),
      ...validateQuery(AdminGetDealerPayoutParams, payoutQueryConfig.retrieve),
      idempotent,
    ],
  },
]
