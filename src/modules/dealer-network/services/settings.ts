import type { Context } from "@medusajs/framework/types"
import type DealerNetworkModuleService from "../service"

export type SettingsInput = { b2b_sales_channel_id?: string | null }

/** The run-time settings; a setting left empty falls back to the plugin option. */
export async function getSettings(service: DealerNetworkModuleService, sharedContext: Context) {
  const [saved] = await service.listDealerNetworkSettings({}, { take: 1 }, sharedContext)
  return {
    b2b_sales_channel_id: saved?.b2b_sales_channel_id ?? service.getOptions().b2bSalesChannelId ?? null,
  }
}

export async function saveSettings(
  service: DealerNetworkModuleService,
  input: SettingsInput,
  sharedContext: Context
) {
  const [saved] = await service.listDealerNetworkSettings({}, { take: 1 }, sharedContext)
  if (saved) await service.updateDealerNetworkSettings({ id: saved.id, ...input }, sharedContext)
  else await service.createDealerNetworkSettings(input, sharedContext)
  return service.getSettings(sharedContext)
}
