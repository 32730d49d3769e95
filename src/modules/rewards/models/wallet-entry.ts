import { model } from "@medusajs/framework/utils"
import { REWARD_KINDS, WALLET_SOURCES } from "../../../types/rewards"

/**
 * One signed movement of a dealer's wallet; balances are SUMs. Append-only,
 * and one entry per (source, kind), so a retried write counts once.
 */
export const WalletEntry = model
  .define("dealer_wallet_entry", {
    id: model.id({ prefix: "dwent" }).primaryKey(),
    dealer_id: model.text(),
    kind: model.enum([...REWARD_KINDS]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    source_type: model.enum([...WALLET_SOURCES]),
    source_id: model.text(),
    description: model.text().nullable(),
  })
  .indexes([
    {
      name: "IDX_dealer_wallet_entry_source_unique",
      on: ["source_type", "source_id", "kind"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_dealer_wallet_entry_dealer", on: ["dealer_id", "kind"], where: "deleted_at IS NULL" },
  ])
