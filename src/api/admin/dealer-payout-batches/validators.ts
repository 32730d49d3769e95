import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { payoutExporter, payoutExporters } from "../../../lib/payout-exporters"
import { PAYOUT_BATCH_STATUSES } from "../../../types/payout-batches"
import { dayKey, findParams, id, oneOrMany } from "../../utils/validation-primitives"

/** GET /admin/dealer-payout-batches */
export const AdminGetPayoutBatchesParams = findParams({ limit: 20, order: "-created_at" }).extend({
  status: oneOrMany(z.enum(PAYOUT_BATCH_STATUSES)).optional(),
})

export const AdminGetPayoutBatchParams = createSelectParams()

/** POST /admin/dealer-payout-batches */
export const AdminCreatePayoutBatch = z
  .object({
    format: z.string().refine((format) => Boolean(payoutExporter(format)), {
      message: `must be one of ${payoutExporters()
        .map((exporter) => exporter.format)
        .join(", ")}`,
    }),
    payout_ids: z.array(id).min(1).max(1000).optional(),
    execution_date: dayKey.optional(),
    batch_booking: z.boolean().optional(),
  })
  .strict()
export type AdminCreatePayoutBatchType = z.infer<typeof AdminCreatePayoutBatch>

/** POST /admin/dealer-payout-batches/:id/mark-paid */
export const AdminMarkPayoutBatchPaid = z.object({ reference: z.string().trim().min(1).max(200) }).strict()
export type AdminMarkPayoutBatchPaidType = z.infer<typeof AdminMarkPayoutBatchPaid>
