import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { contestQueryConfig } from "../../../admin/dealer-contests/query-config"
import { eventQueryConfig } from "../../../admin/dealer-events/query-config"
import { materialQueryConfig } from "../../../admin/dealer-materials/query-config"
import { payoutQueryConfig } from "../../../admin/dealer-payouts/query-config"
import { bankAccountQueryConfig } from "../../../admin/dealers/query-config"
import { AdminGetDealerBankAccountsParams } from "../../../admin/dealers/validators"
import { idempotent } from "../../../utils/idempotency"
import { rewardQueryConfig } from "../../../admin/dealer-reward-programs/query-config"
import { validateBody, validateQuery } from "../../../utils/validate"
import { authorizeDealerMember } from "./membership"
import { storeDealerQueryConfig } from "./query-config"
import {
  StoreCancelEventRegistration,
  StoreGetMyAlertsParams,
  StoreGetMyCatalogParams,
  StoreGetMyConflictsParams,
  StoreGetMyContestParams,
  StoreGetMyContestsParams,
  StoreCancelMaterialRequest,
  StoreGetMyMaterialRequestsParams,
  StoreGetMyMaterialsParams,
  StoreGetMyOrdersParams,
  StoreRequestMaterials,
  StoreGetMyEventRegistrationsParams,
  StoreGetMyEventsParams,
  StoreGetMyPayoutsParams,
  StoreGetMyPlansParams,
  StoreGetMyProgressParams,
  StoreGetMyRatingParams,
  StoreGetMyRewardAccrualsParams,
  StoreGetMyRewardSimulationParams,
  StoreGetMyTierParams,
  StoreGetMyWalletParams,
  StoreRegisterForEvent,
} from "./validators"

const oneRegistration = validateQuery(StoreGetMyEventRegistrationsParams.pick({ fields: true }), {
  defaults: eventQueryConfig.storeRegistrations.defaults,
  allowed: eventQueryConfig.storeRegistrations.allowed,
  isList: false,
})

const oneMaterialRequest = validateQuery(StoreGetMyMaterialRequestsParams.pick({ fields: true }), materialQueryConfig.storeRequest)

/** A member's own dealer: catalogue, orders, tier, progress, plans, alerts, conflicts, wallet, accruals, reward simulation, payouts, events, contests, rating and materials. */
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
  {
    method: ["GET"],
    matcher: "/store/dealers/me/bank-accounts",
    middlewares: [...validateQuery(AdminGetDealerBankAccountsParams, bankAccountQueryConfig.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/rating",
    middlewares: [...validateQuery(StoreGetMyRatingParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/events",
    middlewares: [...validateQuery(StoreGetMyEventsParams, eventQueryConfig.store)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/event-registrations",
    middlewares: [...validateQuery(StoreGetMyEventRegistrationsParams, eventQueryConfig.storeRegistrations)],
  },
  {
    method: ["POST"],
    matcher: "/store/dealers/me/event-registrations",
    middlewares: [...validateBody(StoreRegisterForEvent), ...oneRegistration, idempotent],
  },
  {
    method: ["POST"],
    matcher: "/store/dealers/me/event-registrations/:id/cancel",
    middlewares: [...validateBody(StoreCancelEventRegistration), ...oneRegistration, idempotent],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/contests",
    middlewares: [...validateQuery(StoreGetMyContestsParams, contestQueryConfig.store)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/contests/:id",
    middlewares: [...validateQuery(StoreGetMyContestParams, contestQueryConfig.storeRetrieve)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/materials",
    middlewares: [...validateQuery(StoreGetMyMaterialsParams, materialQueryConfig.store)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/material-requests",
    middlewares: [...validateQuery(StoreGetMyMaterialRequestsParams, materialQueryConfig.storeRequests)],
  },
  {
    method: ["POST"],
    matcher: "/store/dealers/me/material-requests",
    middlewares: [...validateBody(StoreRequestMaterials), ...oneMaterialRequest, idempotent],
  },
  {
    method: ["POST"],
    matcher: "/store/dealers/me/material-requests/:id/cancel",
    middlewares: [...validateBody(StoreCancelMaterialRequest), ...oneMaterialRequest, idempotent],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/catalog",
    middlewares: [...validateQuery(StoreGetMyCatalogParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/orders",
    middlewares: [...validateQuery(StoreGetMyOrdersParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/tier",
    middlewares: [...validateQuery(StoreGetMyTierParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/alerts",
    middlewares: [...validateQuery(StoreGetMyAlertsParams, storeDealerQueryConfig.alerts)],
  },
  {
    method: ["GET"],
    matcher: "/store/dealers/me/conflicts",
    middlewares: [...validateQuery(StoreGetMyConflictsParams, storeDealerQueryConfig.conflicts)],
  },
]
