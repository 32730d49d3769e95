import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DEALER_NETWORK_MODULE } from "../modules/dealer-network"
import type DealerNetworkModuleService from "../modules/dealer-network/service"
import { attributeOrderWorkflow } from "../workflows/sales-plan/workflows/attribute-order"

/** Credits a completed order to its dealer when the plugin counts sales on completion. */
export default async function orderCompletedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { salesEvent } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
  if (salesEvent !== "order.completed") return
  await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.completed",
  context: { subscriberId: "dealer-network-order-completed" },
}
