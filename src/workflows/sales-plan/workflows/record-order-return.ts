import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordReturnStep } from "../steps/record-return-step"

export const recordOrderReturnWorkflowId = "dealer-network-record-order-return"

/** Received return items no longer count towards the plans credited with the order. */
export const recordOrderReturnWorkflow = createWorkflow(
  recordOrderReturnWorkflowId,
  (input: { order_id: string; return_id: string }) => {
    const { data: returns } = useQueryGraphStep({
      entity: "return",
      fields: ["id", "order_id", "items.item_id", "items.received_quantity", "items.quantity"],
      filters: { id: input.return_id },
      options: { throwIfKeyNotFound: true },
    })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "items.id", "items.variant_id"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "dealer-network-get-returned-order" })
    const received = transform({ returns, orders, input }, ({ returns, orders, input }) => {
      const variantOf = new Map(orders[0].items.map((item: any) => [item.id, item.variant_id]))
      return {
        order_id: input.order_id,
        return_id: input.return_id,
        items: returns[0].items
          .map((item: any) => ({
            variant_id: variantOf.get(item.item_id) as string,
            quantity: Number(item.received_quantity ?? item.quantity ?? 0),
          }))
          .filter((item: { variant_id: string; quantity: number }) => item.variant_id && item.quantity > 0),
      }
    })
    return new WorkflowResponse(recordReturnStep(received))
  }
)
