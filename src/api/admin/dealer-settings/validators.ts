import { z } from "@medusajs/framework/zod"

/** POST /admin/dealer-settings: null clears a setting back to the plugin option. */
export const AdminUpdateDealerSettings = z
  .object({ b2b_sales_channel_id: z.string().min(1).nullable().optional() })
  .strict()
export type AdminUpdateDealerSettingsType = z.infer<typeof AdminUpdateDealerSettings>
