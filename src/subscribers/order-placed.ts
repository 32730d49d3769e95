import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { attributeOrderWorkflow } from "../workflows/sales-plan/workflows/attribute-order"

/** Credits a placed order to its dealer, unless the plugin counts sales on completion. */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { salesEvent } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  if (salesEvent !== "order.placed") return
  await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "dealer-network-order-placed" },
}
