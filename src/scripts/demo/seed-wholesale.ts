// The wholesale side of the demo (marker version 3): the B2B sales channel the
// checkout rules guard, agreed prices and order rules on the agreements, each
// dealer's price list, and the payments the demo orders receive so receivables
// show paid, partly paid and overdue invoices.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { agreementRow } from "../../modules/dealer-network/services/agreements"
import { syncDealerPricingWorkflow } from "../../workflows/wholesale/workflows/sync-dealer-pricing"
import { updateDealerSettingsWorkflow } from "../../workflows/wholesale/workflows/update-dealer-settings"
import { WHOLESALE_TERMS } from "./demo-data"

/**
 * Before the orders: the B2B channel setting, the demo's wholesale terms on
 * each agreement in force that lacks them, and every dealer's price list.
 */
export async function seedWholesaleTerms(
  container: MedusaContainer,
  input: { sales_channel_id: string; dealer_ids: Record<string, string> }
) {
  await updateDealerSettingsWorkflow(container).run({ input: { b2b_sales_channel_id: input.sales_channel_id } })
  const service = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE)
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants(
      { sku: Object.values(WHOLESALE_TERMS).flatMap((t) => (t.price_terms ?? []).map((p) => p.sku)) },
      { select: ["id", "sku"], take: 1000 }
    )
  const variantBySku = new Map(variants.map((v) => [v.sku!, v.id]))
  for (const [code, terms] of Object.entries(WHOLESALE_TERMS)) {
    const agreement = await service.retrieveEffectiveAgreement(input.dealer_ids[code])
    if (!agreement || agreement.min_order_amount != null || agreement.price_terms || agreement.restrict_to_assortment) continue
    // A demo fixture on a signed contract; in the product, terms change through a new version.
    await service.updateDealerAgreements(
      agreementRow({
        id: agreement.id,
        min_order_amount: terms.min_order_amount ?? null,
        restrict_to_assortment: terms.restrict_to_assortment ?? false,
        price_terms: terms.price_terms?.map(({ sku, ...price }) => ({ ...price, variant_id: variantBySku.get(sku)! })) ?? null,
      })
    )
  }
  await syncDealerPricingWorkflow(container).run({ input: { dealer_ids: Object.values(input.dealer_ids) } })
}

/**
 * A payment received against a demo order, right after it is placed: in full,
 * or an amount (at most half the order, so it stays partly paid).
 */
export async function payOrder(container: MedusaContainer, orderId: string, paid: "full" | number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  }: { data: any[] } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.amount"],
    filters: { id: orderId },
  })
  const received = order?.payment_collections?.[0]?.payments?.[0]
  if (!received) return
  const amount = paid === "full" ? undefined : Math.min(paid, Math.floor(Number(received.amount) / 2))
  await capturePaymentWorkflow(container).run({ input: { payment_id: received.id, ...(amount && { amount }) } })
}
