import { model } from "@medusajs/framework/utils"
import { APPLICATION_STATUSES, DEALER_ROLES, LEGAL_TYPES } from "../../../types/dealer-network"

export const DealerApplication = model
  .define("dealer_application", {
    id: model.id({ prefix: "dapp" }).primaryKey(),
    customer_id: model.text(),
    company_name: model.text().searchable(),
    legal_type: model.enum([...LEGAL_TYPES]).default("company"),
    requested_role: model.enum([...DEALER_ROLES]).default("dealer"),
    tax_id: model.text().nullable(),
    email: model.text().searchable(),
    phone: model.text().nullable(),
    city: model.text().nullable(),
    country_code: model.text().nullable(),
    desired_territory_id: model.text().nullable(),
    desired_region: model.text().nullable(),
    expected_monthly_volume: model.bigNumber().nullable(),
    currency_code: model.text(),
    message: model.text().nullable(),
    status: model.enum([...APPLICATION_STATUSES]).default("pending"),
    review_note: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    dealer_id: model.text().nullable(),
  })
  .indexes([
    {
      // A customer has at most one application under review.
      name: "IDX_dealer_application_pending_customer",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL AND status = 'pending'",
    },
  ])
