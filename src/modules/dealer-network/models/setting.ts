import { model } from "@medusajs/framework/utils"

// Settings an admin changes at run time; one row. Plugin options are the defaults.
export const DealerNetworkSetting = model.define("dealer_network_setting", {
  id: model.id({ prefix: "dnset" }).primaryKey(),
  b2b_sales_channel_id: model.text().nullable(),
})
