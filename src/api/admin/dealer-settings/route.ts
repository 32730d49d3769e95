import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { updateDealerSettingsWorkflow } from "../../../workflows/wholesale/workflows/update-dealer-settings"
import type { AdminUpdateDealerSettingsType } from "./validators"
import type { DealerSettingsResponse } from "../../../types/dealer-network"
import type { Sendable } from "../../../types/http"

/** The plugin's run-time settings, with the plugin options they fall back to. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<DealerSettingsResponse>>) => {
  const network: DealerNetworkModuleService = req.scope.resolve(DEALER_NETWORK_MODULE)
  res.json({ settings: await network.getSettings() })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDealerSettingsType>,
  res: MedusaResponse<Sendable<DealerSettingsResponse>>
) => {
  const { result } = await updateDealerSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
