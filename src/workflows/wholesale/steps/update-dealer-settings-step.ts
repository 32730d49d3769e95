import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export const updateDealerSettingsStepId = "dealer-network-update-dealer-settings"

export type DealerSettingsInput = { b2b_sales_channel_id?: string | null }

/** Saves the settings (a named sales channel must exist); undo restores the previous ones. */
export const updateDealerSettingsStep = createStep(
  updateDealerSettingsStepId,
  async (input: DealerSettingsInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    if (input.b2b_sales_channel_id) {
      const [channel] = await container
        .resolve(Modules.SALES_CHANNEL)
        .listSalesChannels({ id: [input.b2b_sales_channel_id] }, { select: ["id"], take: 1 })
      if (!channel) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `b2b_sales_channel_id: sales channel ${input.b2b_sales_channel_id} was not found`
        )
      }
    }
    const [before] = await service.listDealerNetworkSettings({}, { take: 1 })
    const saved = await service.saveSettings(input)
    return new StepResponse(saved, { b2b_sales_channel_id: before?.b2b_sales_channel_id ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).saveSettings(previous)
  }
)
