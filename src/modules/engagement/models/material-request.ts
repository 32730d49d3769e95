import { model } from "@medusajs/framework/utils"
import { MATERIAL_REQUEST_STATUSES } from "../../../types/engagement"
import { MaterialRequestLine } from "./material-request-line"

/**
 * A dealer's order of materials, paid from its marketing points (the wallet
 * entries' source is this request). The address and contact are copied when
 * it is requested, so a later change of the dealer does not move a parcel.
 */
export const MaterialRequest = model
  .define("dealer_material_request", {
    id: model.id({ prefix: "dmreq" }).primaryKey(),
    dealer_id: model.text(),
    status: model.enum([...MATERIAL_REQUEST_STATUSES]).default("requested"),
    total_points: model.bigNumber(),
    /** The wallet bucket the points came from: the dealer's currency. */
    currency_code: model.text(),
    /** MaterialShippingAddress */
    shipping_address: model.json(),
    /** MaterialContact */
    contact: model.json(),
    note: model.text().nullable(),
    /** The customer (store) who requested it. */
    requested_by: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    tracking_note: model.text().nullable(),
    rejected_at: model.dateTime().nullable(),
    rejection_reason: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => MaterialRequestLine, { mappedBy: "request" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { name: "IDX_dealer_material_request_dealer", on: ["dealer_id", "status"], where: "deleted_at IS NULL" },
    { name: "IDX_dealer_material_request_status", on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
