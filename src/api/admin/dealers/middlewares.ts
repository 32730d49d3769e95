import { MiddlewareRoute } from "@medusajs/framework/http"
import { idempotent } from "../../utils/idempotency"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerAgreementQueryConfig } from "../dealer-agreements/query-config"
import { adminDealerTierChangeQueryConfig } from "../dealer-alerts/query-config"
import { payoutQueryConfig } from "../dealer-payouts/query-config"
import { rewardQueryConfig } from "../dealer-reward-programs/query-config"
import { adminDealerMemberQueryConfig, adminDealerQueryConfig, bankAccountQueryConfig } from "./query-config"
import {
  AdminAddDealerMember,
  AdminCreateDealerBankAccount,
  AdminGetDealerBankAccountsParams,
  AdminUpdateDealerBankAccount,
  AdminCreateDealer,
  AdminCreateDealerAgreement,
  AdminCreateDealerPayout,
  AdminGetAgreementsOfDealerParams,
  AdminGetDealerContributionsParams,
  AdminGetDealerMembersParams,
  AdminGetDealerParams,
  AdminGetDealerProgressParams,
  AdminGetDealerReceivablesParams,
  AdminGetDealersParams,
  AdminGetDealerTierChangesParams,
  AdminGetPayoutsOfDealerParams,
  AdminGetWalletParams,
  AdminUpdateDealer,
  AdminUpdateDealerMember,
} from "./validators"

/** Dealers, their members, and each dealer's agreements, progress, ledger, tier changes, wallet and payouts. */
export const adminDealersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealers",
    middlewares: [...validateQuery(AdminGetDealersParams, adminDealerQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers",
    middlewares: [
      ...validateBody(AdminCreateDealer),
      ...validateQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id",
    middlewares: [...validateQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id",
    middlewares: [
      ...validateBody(AdminUpdateDealer),
      ...validateQuery(AdminGetDealerParams, adminDealerQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/receivables",
    middlewares: [...validateQuery(AdminGetDealerReceivablesParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/members",
    middlewares: [
      ...validateQuery(AdminGetDealerMembersParams, adminDealerMemberQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/members",
    middlewares: [...validateBody(AdminAddDealerMember)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/members/:member_id",
    middlewares: [...validateBody(AdminUpdateDealerMember)],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/bank-accounts",
    middlewares: [...validateQuery(AdminGetDealerBankAccountsParams, bankAccountQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/bank-accounts",
    middlewares: [...validateBody(AdminCreateDealerBankAccount)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/bank-accounts/:account_id",
    middlewares: [...validateBody(AdminUpdateDealerBankAccount)],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/agreements",
    middlewares: [
      ...validateQuery(AdminGetAgreementsOfDealerParams, adminDealerAgreementQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/agreements",
    middlewares: [
      ...validateBody(AdminCreateDealerAgreement),
      ...validateQuery(AdminGetDealerParams, adminDealerAgreementQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/progress",
    middlewares: [...validateQuery(AdminGetDealerProgressParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/contributions",
    middlewares: [...validateQuery(AdminGetDealerContributionsParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/tier-changes",
    middlewares: [
      ...validateQuery(AdminGetDealerTierChangesParams, adminDealerTierChangeQueryConfig.list),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/wallet",
    middlewares: [...validateQuery(AdminGetWalletParams, rewardQueryConfig.wallet)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/payouts",
    middlewares: [
      ...validateBody(AdminCreateDealerPayout),
      ...validateQuery(AdminGetDealerParams, payoutQueryConfig.retrieve),
      idempotent,
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/payouts",
    middlewares: [...validateQuery(AdminGetPayoutsOfDealerParams, payoutQueryConfig.list)],
  },
]
