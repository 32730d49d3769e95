import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutExporters } from "../../../../lib/payout-exporters"
import type { PayoutExportFormatsResponse } from "../../../../types/payout-batches"

/** The bank file formats on offer (the built-in ones and any a host app registered). */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse<PayoutExportFormatsResponse>) => {
  res.json({
    formats: payoutExporters().map(({ format, label, file_extension, currencies }) => ({ format, label, file_extension, currencies })),
  })
}
