import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerAgreementQueryConfig } from "./query-config"
import {
  AdminCreateDealerAgreementVersion,
  AdminGetDealerAgreementParams,
  AdminGetDealerAgreementsParams,
  AdminGetDealerAgreementVersionsParams,
  AdminTerminateDealerAgreement,
  AdminUpdateDealerAgreement,
} from "./validators"

const retrieveQuery = validateQuery(
  AdminGetDealerAgreementParams,
  adminDealerAgreementQueryConfig.retrieve
)

export const adminDealerAgreementsMiddlewares: MiddlewareRoute[] = [
  // Agreements across dealers.
  {
    method: ["GET"],
    matcher: "/admin/dealer-agreements",
    middlewares: [
      ...validateQuery(AdminGetDealerAgreementsParams, adminDealerAgreementQueryConfig.list),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-agreements/:id",
    middlewares: [...retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id",
    middlewares: [...validateBody(AdminUpdateDealerAgreement), ...retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id/activate",
    middlewares: [...retrieveQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-agreements/:id/versions",
    middlewares: [
      ...validateQuery(
        AdminGetDealerAgreementVersionsParams,
        adminDealerAgreementQueryConfig.list
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id/versions",
    middlewares: [...validateBody(AdminCreateDealerAgreementVersion), ...retrieveQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-agreements/:id/terminate",
    middlewares: [...validateBody(AdminTerminateDealerAgreement), ...retrieveQuery],
  },
]
