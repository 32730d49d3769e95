import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { payoutQueryConfig } from "../../../admin/dealer-payouts/query-config"
import { rewardQueryConfig } from "../../../admin/dealer-reward-programs/query-config"
import { validateQuery } from "../../../utils/validate"
import { authorizeDealerMember } from "./membership"
import {
  StoreGetMyPayoutsParams,
  StoreGetMyPlansParams,
  StoreGetMyProgressParams,
  StoreGetMyRewardAccrualsParams,
  StoreGetMyRewardSimulationParams,
  StoreGetMyWalletParams,
} from "./validators"

/** A member's own dealer: progress, plans, wallet, accruals, reward simulation and payouts. */
export const storeDealersMeMiddlewares: MiddlewareRoute[] = [
  {
    // First, and for every method: a route added under /store/dealers/me answers 404 until the access policy lists it.
    matcher: "/store/dealers/me*",
    middlewares: [authenticate("customer", ["session", "bearer"]), authorizeDealerMember],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/progress",
    middlewares: [...validateQuery(StoreGetMyProgressParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/plans",
    middlewares: [...validateQuery(StoreGetMyPlansParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/wallet",
    middlewares: [...validateQuery(StoreGetMyWalletParams, rewardQueryConfig.storeWallet)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/reward-accruals",
    middlewares: [...validateQuery(StoreGetMyRewardAccrualsParams, rewardQueryConfig.storeAccruals)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/rewards/simulation",
    middlewares: [...validateQuery(StoreGetMyRewardSimulationParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/payouts",
    middlewares: [...validateQuery(StoreGetMyPayoutsParams, payoutQueryConfig.store)],
  },
]
