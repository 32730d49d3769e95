import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchEntity } from "../../../../utils/refetch-entity"

/** The bank file exactly as it was exported (a download). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const batch = await refetchEntity(req.scope, { entity: "dealer_payout_batch", label: "Payout batch" }, req.params.id, [
    "file_name",
    "content_type",
    "content",
    "payout_count",
  ])
  res.setHeader("Content-Type", batch.content_type)
  res.setHeader("Content-Disposition", `attachment; filename="${batch.file_name}"`)
  res.setHeader("X-Payout-Count", String(batch.payout_count))
  res.status(200).send(batch.content)
}
