import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminDealerAgreementQueryConfig } from "./query-config"
import {
  AdminCreateDealerAgreement,
  AdminCreateDealerAgreementVersion,
  AdminGetAgreementsOfDealerParams,
  AdminGetDealerAgreementParams,
  AdminGetDealerAgreementsParams,
  AdminGetDealerAgreementVersionsParams,
  AdminTerminateDealerAgreement,
  AdminUpdateDealerAgreement,
} from "./validators"

const retrieveQuery = validateAndTransformQuery(
  AdminGetDealerAgreementParams,
  adminDealerAgreementQueryConfig.retrieve
)

export const adminDealerAgreementsMiddlewares: MiddlewareRoute[] = [
  // A dealer's own agreements.
  {
    method: ["GET"],
    matcher: "/admin/dealers/:id/agreements",
    middlewares: [
      validateAndTransformQuery(AdminGetAgreementsOfDealerParams, adminDealerAgreementQueryConfig.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealers/:id/agreements",
    middlewares: [validateAndTransformBody(AdminCreateDealerAgreement), retrieveQuery],
  },
  // Agreements across dealers.
  {
    method: ["GET"],
    matcher: "/admin/dealer-agreements",
    middlewares: [
      validateAndTransformQuery(AdminGetDealerAgreementsParams, adminDealerAgreementQueryConfig.list),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-agreements/:id",
    middlewares: [retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id",
    middlewares: [validateAndTransformBody(AdminUpdateDealerAgreement), retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id/activate",
    middlewares: [retrieveQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-agreements/:id/versions",
    middlewares: [
      validateAndTransformQuery(
        AdminGetDealerAgreementVersionsParams,
        adminDealerAgreementQueryConfig.list
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id/versions",
    middlewares: [validateAndTransformBody(AdminCreateDealerAgreementVersion), retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id/terminate",
    middlewares: [validateAndTransformBody(AdminTerminateDealerAgreement), retrieveQuery],
  },
]
