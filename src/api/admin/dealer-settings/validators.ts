import { z } from "@medusajs/framework/zod"
import { id } from "../../utils/validation-primitives"

/** POST /admin/dealer-settings: null clears a setting back to the plugin option. */
export const AdminUpdateDealerSettings = z
  .object({ b2b_sales_channel_id: id.nullable().optional() })
  .strict()
export type AdminUpdateDealerSettingsType = z.infer<typeof AdminUpdateDealerSettings>
