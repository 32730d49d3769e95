import type { MedusaContainer } from "@medusajs/framework/types"
import { SALES_PLAN_MODULE } from "../../src/modules/sales-plan"
import type SalesPlanModuleService from "../../src/modules/sales-plan/service"

let saleNo = 0

/**
 * A sale written straight into the plan ledger, as the order.placed subscriber
 * writes an order's, for tests that need figures but no checkout.
 */
export async function recordTestSale(
  container: MedusaContainer,
  sale: { dealerId: string; period: string; amount: string; orderCount?: number; occurredAt?: Date }
) {
  saleNo += 1
  const orderId = `order_test_${saleNo}`
  await container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE).recordContribution({
    dealer_id: sale.dealerId,
    order_id: orderId,
    cause: "order_placed",
    source_id: orderId,
    period_key: sale.period,
    occurred_at: sale.occurredAt ?? new Date(),
    currency_code: "eur",
    amount: sale.amount,
    order_count: sale.orderCount ?? 1,
    lines: [],
  })
}
