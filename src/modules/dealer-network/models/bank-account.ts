import { model } from "@medusajs/framework/utils"
import { Dealer } from "./dealer"

/** An account a dealer's cash payouts are sent to; one per dealer is the default. */
export const DealerBankAccount = model
  .define("dealer_bank_account", {
    id: model.id({ prefix: "dbacc" }).primaryKey(),
    holder: model.text(),
    /** Electronic form: upper case, no spaces. */
    iban: model.text(),
    bic: model.text(),
    bank_name: model.text().nullable(),
    is_default: model.boolean().default(false),
    dealer: model.belongsTo(() => Dealer, { mappedBy: "bank_accounts" }),
  })
  .indexes([
    {
      name: "IDX_dealer_bank_account_one_default",
      on: ["dealer_id"],
      unique: true,
      where: "is_default = true AND deleted_at IS NULL",
    },
  ])
