import { adminDealerAlertFields } from "../../../admin/dealer-alerts/query-config"
import { adminDealerConflictFields } from "../../../admin/dealer-conflicts/query-config"

// What the store's list routes of /store/dealers/me answer, and nothing more:
// `fields` may narrow these but never reach beyond them.

const storeAlertFields = adminDealerAlertFields.filter((field) => !["dealer_id", "updated_at"].includes(field))

/** What the seller is not shown of a conflict case: ids of other records, the admin's note and who resolved it. */
const hiddenConflictFields = ["seller_dealer_id", "zone_owner_dealer_id", "zone_id", "territory_id", "note", "resolved_by", "updated_at"]

/** A conflict case as its seller sees it: the zone's owner and territory by code and name only. */
const storeConflictFields = adminDealerConflictFields.filter(
  (field) => !hiddenConflictFields.includes(field) && !field.startsWith("seller_dealer.") && !field.endsWith(".id")
)

export const storeDealerQueryConfig = {
  alerts: { defaults: storeAlertFields, allowed: storeAlertFields, isList: true },
  conflicts: { defaults: storeConflictFields, allowed: storeConflictFields, isList: true },
}
