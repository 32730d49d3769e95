import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage } from "../../utils/list-page"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data: applications, page } = await listPage(req, "dealer_application")
  res.json({ applications, ...page })
}
