import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rawAmount } from "../../../lib/amounts"
import { automaticResolutionOf } from "../../../lib/conflicts"
import { categoriesWithAncestors } from "../../../lib/product-categories"
import { orderConflictCases } from "../order-conflicts"
import { linkOrderToDealerStep } from "../steps/link-order-to-dealer-step"
import { loadOrderSaleStep } from "../steps/load-order-sale-step"
import { locateOrderSaleStep } from "../steps/locate-order-sale-step"
import { openConflictCasesStep } from "../steps/open-conflict-cases-step"
import { reassignConflictCreditStep } from "../steps/reassign-conflict-credit-step"
import { recordOrderSaleStep } from "../steps/record-order-sale-step"
import { resolveConflictCasesStep } from "../steps/resolve-conflict-cases-step"

export const attributeOrderWorkflowId = "dealer-network-attribute-order"

/**
 * Credits an order placed by a dealer's member to that dealer: reads where the
 * order stands in the network in one query (the member's dealer, the territory
 * it ships to, the zones there, the dealer's agreement), links the order and
 * writes its contribution. An order shipped into another dealer's exclusive
 * zone, or outside the seller's assortment, then opens a conflict case, which
 * the seller's agreement resolves right away unless its policy is manual
 * review. Safe to run again for the same order.
 *
 * Hook `orderAttributed` ({ order_id, dealer_id, contribution_id, period_key,
 * amount, currency_code }): after an order is credited to its dealer, before
 * its conflict cases open. It runs again when the workflow does for the same order
 * (events arrive at least once): key a handler's effects on order_id.
 */
export const attributeOrderWorkflow = createWorkflow(
  attributeOrderWorkflowId,
  (input: { order_id: string }) => {
    const order = loadOrderSaleStep(input)
    const location = locateOrderSaleStep(
      transform({ order }, ({ order }) => ({
        customer_id: order.customer_id,
        address: order.shipping_address ?? null,
        category_ids: categoriesWithAncestors(order.items.flatMap((item) => item.product?.categories ?? [])),
        at: new Date(order.created_at),
      }))
    )
    const dealer = transform({ location }, ({ location }) => (location?.dealer_id ? { dealer_id: location.dealer_id } : null))

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

    const found = transform({ location, contribution }, ({ location, contribution }) =>
      location?.dealer_id && contribution
        ? orderConflictCases({ order_id: contribution.order_id, seller_dealer_id: location.dealer_id, location, credited: contribution })
        : []
    )
    const conflicts = when("dealer-network-check-order-conflicts", { found }, ({ found }) => found.length > 0).then(() => {
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
