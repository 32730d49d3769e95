import { model } from "@medusajs/framework/utils"
import { CONFLICT_KINDS, CONFLICT_POLICIES, CONFLICT_RESOLUTIONS, CONFLICT_STATUSES } from "../../../types/dealer-network"
import { Dealer } from "./dealer"
import { DealerTerritory } from "./territory"

/**
 * A channel conflict found when an order was attributed: the seller sold into
 * another dealer's exclusive zone, or outside its own assortment. Resolving it
 * moves plan credit through `conflict_reassigned` contributions whose source is
 * the case, so a resolution is never counted twice.
 */
export const DealerConflictCase = model
  .define("dealer_conflict_case", {
    id: model.id({ prefix: "dconf" }).primaryKey(),
    order_id: model.text(),
    kind: model.enum([...CONFLICT_KINDS]),
    /** The seller of record (the buyer's dealer). */
    seller_dealer: model.belongsTo(() => Dealer),
    /** The owner of the exclusive zone; none for an assortment case. */
    zone_owner_dealer: model.belongsTo(() => Dealer).nullable(),
    /** The owner's zone the order fell into. */
    zone_id: model.text().nullable(),
    /** The territory the shipping address matched. */
    territory: model.belongsTo(() => DealerTerritory).nullable(),
    /** Copied from the seller's agreement in force at the order date. */
    policy: model.enum([...CONFLICT_POLICIES]).default("manual_review"),
    split_share_percent: model.bigNumber().nullable(),
    status: model.enum([...CONFLICT_STATUSES]).default("open"),
    resolution: model.enum([...CONFLICT_RESOLUTIONS]).nullable(),
    /** An admin user's id, or "policy" for a resolution the agreement made. */
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    note: model.text().nullable(),
    /** The seller's credit for the order when the case was opened. */
    amount: model.bigNumber(),
    currency_code: model.text(),
  })
  .indexes([
    {
      name: "IDX_dealer_conflict_case_open_unique",
      on: ["order_id", "kind"],
      unique: true,
      where: "deleted_at IS NULL AND status = 'open'",
    },
    { name: "IDX_dealer_conflict_case_order", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_dealer_conflict_case_status", on: ["status"], where: "deleted_at IS NULL" },
  ])
