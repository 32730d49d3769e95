import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rewardQueryConfig } from "../../admin/dealer-reward-programs/query-config"
import { validateQuery } from "../../utils/validate"
import {
  StoreGetMyRewardAccrualsParams,
  StoreGetMyRewardSimulationParams,
  StoreGetMyWalletParams,
} from "./rewards-validators"

/**
 * A member's own dealer's wallet, accruals and reward simulation; registered
 * after storeDealersMiddlewares, whose /store/dealers/me* entry authenticates.
 */
export const storeDealerRewardsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/dealers/me/wallet",
    middlewares: [...validateQuery(StoreGetMyWalletParams, rewardQueryConfig.wallet)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/reward-accruals",
    middlewares: [...validateQuery(StoreGetMyRewardAccrualsParams, rewardQueryConfig.accruals)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/rewards/simulation",
    middlewares: [...validateQuery(StoreGetMyRewardSimulationParams, { isList: false })],
  },
]
