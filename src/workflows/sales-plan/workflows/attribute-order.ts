import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rawAmount } from "../../../lib/amounts"
import { automaticResolutionOf } from "../../../lib/conflicts"
import { detectOrderConflictsStep } from "../steps/detect-order-conflicts-step"
import { linkOrderToDealerStep } from "../steps/link-order-to-dealer-step"
import { openConflictCasesStep } from "../steps/open-conflict-cases-step"
import { reassignConflictCreditStep } from "../steps/reassign-conflict-credit-step"
import { recordOrderSaleStep, SaleOrder } from "../steps/record-order-sale-step"
import { resolveConflictCasesStep } from "../steps/resolve-conflict-cases-step"
import { resolveOrderDealerStep } from "../steps/resolve-order-dealer-step"

export const attributeOrderWorkflowId = "dealer-network-attribute-order"

/**
 * Credits an order placed by a dealer's member to that dealer: links the order
 * and writes its contribution. Then checks the zones: an order shipped into
 * another dealer's exclusive zone, or outside the seller's assortment, opens a
 * conflict case, which the seller's agreement resolves right away unless its
 * policy is manual review. Safe to run again for the same order.
 *
 * Hook `orderAttributed` ({ order_id, dealer_id, contribution_id, period_key,
 * amount, currency_code }): after an order is credited to its dealer, before
 * the zone check. It runs again when the workflow does for the same order
 * (events arrive at least once): key a handler's effects on order_id.
 */
export const attributeOrderWorkflow = createWorkflow(
  attributeOrderWorkflowId,
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "status",
        "customer_id",
        "created_at",
        "currency_code",
        // The order module computes item totals only with these alongside.
        "total",
        "*items.tax_lines",
        "*items.adjustments",
        "*items.detail",
        "items.unit_price",
        "items.is_tax_inclusive",
        "items.product_id",
        "items.variant_id",
        "items.quantity",
        "items.subtotal",
        "items.discount_total",
        "items.discount_tax_total",
        "items.product.categories.id",
        "items.product.categories.mpath",
        "shipping_address.country_code",
        "shipping_address.province",
        "shipping_address.postal_code",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const order = transform(
      { orders },
      ({ orders }) => orders[0] as unknown as SaleOrder & { customer_id: string | null; status: string }
    )
    const customer = transform({ order }, ({ order }) => ({ customer_id: order.customer_id }))
    const dealer = resolveOrderDealerStep(customer)

    // A canceled order is never credited: its order.placed may be delivered after its order.canceled.
    const contribution = when({ dealer, order }, ({ dealer, order }) => Boolean(dealer) && order.status !== "canceled").then(() => {
      const link = transform({ dealer, order }, ({ dealer, order }) => ({
        dealer_id: dealer!.dealer_id,
        order_id: order.id,
      }))
      linkOrderToDealerStep(link)
      const sale = transform({ dealer, order }, ({ dealer, order }) => ({ dealer_id: dealer!.dealer_id, order }))
      return recordOrderSaleStep(sale)
    })

    const attributed = when("dealer-network-order-attributed", { contribution }, ({ contribution }) => Boolean(contribution)).then(
      () => {
        const hook = createHook(
          "orderAttributed",
          transform({ contribution }, ({ contribution }) => ({
            order_id: contribution!.order_id as string,
            dealer_id: contribution!.dealer_id as string,
            contribution_id: contribution!.id as string,
            period_key: contribution!.period_key as string,
            amount: rawAmount(contribution!, "amount"),
            currency_code: contribution!.currency_code as string,
          }))
        )
        return { result: contribution, hooks: [hook] as [typeof hook] }
      }
    )

    const conflicts = when(
      "dealer-network-check-order-conflicts",
      { dealer, contribution },
      ({ dealer, contribution }) => Boolean(dealer && contribution)
    ).then(() => {
      const sale = transform({ dealer, order, contribution }, ({ dealer, order, contribution }) => ({
        seller_dealer_id: dealer!.dealer_id,
        order,
        credited: contribution!,
      }))
      const found = detectOrderConflictsStep(sale)
      const cases = openConflictCasesStep(found)
      const byPolicy = transform({ cases }, ({ cases }) => ({
        decisions: cases
          .filter((conflict) => conflict.status === "open" && automaticResolutionOf(conflict.policy))
          .map((conflict) => ({
            id: conflict.id,
            resolution: automaticResolutionOf(conflict.policy)!,
            resolved_by: "policy",
            note: `Resolved by the seller's agreement: ${conflict.policy}`,
          })),
        skip_if_resolved: true,
      }))
      const resolved = resolveConflictCasesStep(byPolicy)
      reassignConflictCreditStep(resolved)
      return cases
    })
    return new WorkflowResponse({ dealer, contribution, conflicts }, { hooks: attributed.hooks })
  }
)
