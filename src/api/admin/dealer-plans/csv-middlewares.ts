import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../utils/validate"
import { AdminExportDealerPlansParams } from "./export/validators"
import { AdminImportDealerPlans } from "./import/validators"

/** Import and export of sales plans as CSV; registered in src/api/middlewares.ts. */
export const adminDealerPlansCsvMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/dealer-plans/import",
    // The CSV travels inside the JSON body; Express's default limit is 100 kB.
    bodyParser: { sizeLimit: "5mb" },
    middlewares: [...validateBody(AdminImportDealerPlans)],
  },
  {
    method: ["GET"],
    matcher: "/admin/dealer-plans/export",
    middlewares: [...validateQuery(AdminExportDealerPlansParams, { isList: false })],
  },
]
