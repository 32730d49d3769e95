import { adminDealerAlertFields } from "../../../admin/dealer-alerts/query-config"

// What the store's list routes of /store/dealers/me answer, and nothing more:
// `fields` may narrow these but never reach beyond them.

const storeAlertFields = adminDealerAlertFields.filter((field) => !["dealer_id", "updated_at"].includes(field))

/** A conflict case as its seller sees it: the zone's owner by name, never its id or the admin's note. */
const storeConflictFields = [
  "id",
  "order_id",
  "kind",
  "status",
  "policy",
  "split_share_percent",
  "resolution",
  "resolved_at",
  "amount",
  "currency_code",
  "created_at",
  "zone_owner_dealer.code",
  "zone_owner_dealer.name",
  "territory.name",
]

export const storeDealerQueryConfig = {
  alerts: { defaults: storeAlertFields, allowed: storeAlertFields, isList: true },
  conflicts: { defaults: storeConflictFields, allowed: storeConflictFields, isList: true },
}
