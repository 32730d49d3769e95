import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseCanceledOrderWorkflow } from "../workflows/sales-plan/workflows/reverse-canceled-order"

/** A canceled order no longer counts towards its dealer's plan. */
export default async function orderCanceledHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseCanceledOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "dealer-network-order-canceled" },
}
