import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { adminDealerPlanQueryConfig } from "./query-config"
import {
  AdminCreateDealerPlan,
  AdminExportDealerPlansParams,
  AdminGetDealerPlanParams,
  AdminGetDealerPlansParams,
  AdminImportDealerPlans,
  AdminSplitAnnualPlan,
  AdminUpdateDealerPlan,
} from "./validators"

export const adminDealerPlansMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/dealer-plans",
    middlewares: [...validateQuery(AdminGetDealerPlansParams, adminDealerPlanQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-plans",
    middlewares: [
      ...validateBody(AdminCreateDealerPlan),
      ...validateQuery(AdminGetDealerPlanParams, adminDealerPlanQueryConfig.retrieve),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-plans/:id",
    middlewares: [...validateQuery(AdminGetDealerPlanParams, adminDealerPlanQueryConfig.retrieve)],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-plans/:id",
    middlewares: [
      ...validateBody(AdminUpdateDealerPlan),
      ...validateQuery(AdminGetDealerPlanParams, adminDealerPlanQueryConfig.retrieve),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-plans/import",
    // The CSV travels inside the JSON body; Express's default limit is 100 kB.
    bodyParser: { sizeLimit: "16mb" },
    middlewares: [...validateBody(AdminImportDealerPlans)],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-plans/export",
    middlewares: [...validateQuery(AdminExportDealerPlansParams, { isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/dealer-plans/split-annual",
    middlewares: [...validateBody(AdminSplitAnnualPlan)],
  },
]
