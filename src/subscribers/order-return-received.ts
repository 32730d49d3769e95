import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderReturnWorkflow } from "../workflows/sales-plan/workflows/record-order-return"

/** Returned items are taken back out of the plans the order counted towards, once per return. */
export default async function orderReturnReceivedHandler({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await recordOrderReturnWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "dealer-network-order-return-received" },
}
