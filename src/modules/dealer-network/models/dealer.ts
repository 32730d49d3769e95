import { model } from "@medusajs/framework/utils"
import { DEALER_ROLES, DEALER_STATUSES, LEGAL_TYPES } from "../../../types/dealer-network"
import { DealerAgreement } from "./agreement"
import { DealerBankAccount } from "./bank-account"
import { DealerMember } from "./dealer-member"
import { DealerTier } from "./tier"
import { DealerZone } from "./zone"

export const Dealer = model
  .define("dealer", {
    id: model.id({ prefix: "dlr" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    legal_name: model.text().searchable().nullable(),
    legal_type: model.enum([...LEGAL_TYPES]).default("company"),
    role: model.enum([...DEALER_ROLES]).default("dealer"),
    status: model.enum([...DEALER_STATUSES]).default("applicant"),
    tax_id: model.text().searchable().nullable(),
    email: model.text().searchable().nullable(),
    phone: model.text().nullable(),
    website: model.text().nullable(),
    address_line: model.text().nullable(),
    city: model.text().searchable().nullable(),
    province: model.text().nullable(),
    postal_code: model.text().nullable(),
    country_code: model.text().nullable(),
    currency_code: model.text(),
    customer_group_id: model.text().nullable(),
    /** The price list the plugin keeps with the dealer's agreed prices (rules: its customer group). */
    price_list_id: model.text().nullable(),
    tier_pinned: model.boolean().default(false),
    metadata: model.json().nullable(),
    parent: model.belongsTo(() => Dealer, { mappedBy: "children" }).nullable(),
    children: model.hasMany(() => Dealer, { mappedBy: "parent" }),
    tier: model.belongsTo(() => DealerTier, { mappedBy: "dealers" }).nullable(),
    members: model.hasMany(() => DealerMember, { mappedBy: "dealer" }),
    zones: model.hasMany(() => DealerZone, { mappedBy: "dealer" }),
    agreements: model.hasMany(() => DealerAgreement, { mappedBy: "dealer" }),
    bank_accounts: model.hasMany(() => DealerBankAccount, { mappedBy: "dealer" }),
  })
  .cascades({ delete: ["members", "zones", "agreements", "bank_accounts"] })
  .indexes([
    { name: "IDX_dealer_code_unique", on: ["code"], unique: true, where: "deleted_at IS NULL" },
    {
      name: "IDX_dealer_tax_id_unique",
      on: ["tax_id"],
      unique: true,
      where: "deleted_at IS NULL AND tax_id IS NOT NULL",
    },
    { name: "IDX_dealer_status", on: ["status"], where: "deleted_at IS NULL" },
  ])
