import { findParams, idFilter } from "../../utils/validation-primitives"
import { registrationFilters } from "../dealer-events/validators"

/** GET /admin/dealer-event-registrations */
export const AdminGetDealerEventRegistrationsParams = findParams({ limit: 20, order: "-created_at" }).extend({
  dealer_id: idFilter.optional(),
  event_id: idFilter.optional(),
  ...registrationFilters,
})
