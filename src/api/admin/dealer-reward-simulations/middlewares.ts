import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate"
import { AdminSimulateDraftProgram } from "./validators"

/** The simulation of a program being created. */
export const adminDealerRewardSimulationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/dealer-reward-simulations",
    middlewares: [...validateBody(AdminSimulateDraftProgram)],
  },
]
