import { model } from "@medusajs/framework/utils"
import { Contribution } from "./contribution"

/** A product's share of a contribution, for focus-product and category targets. */
export const ContributionLine = model
  .define("dealer_contribution_line", {
    id: model.id({ prefix: "dconl" }).primaryKey(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    category_ids: model.array().default([]),
    quantity: model.number(),
    amount: model.bigNumber(),
    contribution: model.belongsTo(() => Contribution, { mappedBy: "lines" }),
  })
  .indexes([{ name: "IDX_dealer_contribution_line_product", on: ["product_id"], where: "deleted_at IS NULL" }])
