import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireAgreementsWorkflow } from "../../../../workflows/dealer-network/workflows/expire-agreements"

/** Runs the daily expiry now. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await expireAgreementsWorkflow(req.scope).run({ input: {} })
  res.json({ expired_ids: result })
}
