import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"
import { monthKeyOf } from "../../../lib/periods"
import { categoriesWithAncestors } from "../../../lib/product-categories"
import type { OrderSale } from "../../../queries/order-sale"

export type SaleOrder = Pick<OrderSale, "id" | "created_at" | "currency_code" | "items">

export const recordOrderSaleStepId = "dealer-network-record-order-sale"

/**
 * The order's contribution to its dealer's plan: items after discounts, without
 * tax and shipping, counted in the month of the order in the plugin's time zone.
 */
export const recordOrderSaleStep = createStep(
  recordOrderSaleStepId,
  async (input: { dealer_id: string; order: SaleOrder }, { container }) => {
    const { timeZone } = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions()
    const salesPlan: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const { order } = input
    const lines = order.items.map((item) => ({
      product_id: item.product_id,
      variant_id: item.variant_id,
      category_ids: categoriesWithAncestors(item.product?.categories ?? []),
      quantity: Number(item.quantity),
      amount: netItemAmount(item).toString(),
    }))
    const amount = lines.reduce((sum, line) => MathBN.add(sum, line.amount), MathBN.convert(0))
    const occurredAt = new Date(order.created_at)
    const { contribution, created } = await salesPlan.recordContribution({
      dealer_id: input.dealer_id,
      order_id: order.id,
      cause: "order_placed",
      source_id: order.id,
      period_key: monthKeyOf(occurredAt, timeZone),
      occurred_at: occurredAt,
      currency_code: order.currency_code,
      amount: amount.toString(),
      order_count: 1,
      lines,
    })
    return new StepResponse(contribution, created ? contribution.id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).deleteDealerContributions(createdId)
  }
)

/** subtotal − (discount − tax part of the discount): the item's net sale after discounts. */
function netItemAmount(item: SaleOrder["items"][number]) {
  const discountWithoutTax = MathBN.sub(item.discount_total, item.discount_tax_total)
  return MathBN.sub(item.subtotal, discountWithoutTax)
}
