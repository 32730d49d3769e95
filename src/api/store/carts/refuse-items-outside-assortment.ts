import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assortmentViolation } from "../../../lib/checkout-rules"
import { cartTermsOf, productsOutsideAssortment } from "../../../queries/dealer-terms"

/**
 * Before Medusa's own POST /store/carts/:id/line-items: a dealer whose
 * agreement limits orders to its assortment cannot even add a product
 * outside it, so the buyer learns it at once rather than at checkout.
 */
export async function refuseItemsOutsideAssortment(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const variantId = (req.body as { variant_id?: unknown } | undefined)?.variant_id
    if (typeof variantId !== "string") return next()
    const terms = await cartTermsOf(req.scope, req.params.id)
    if (!terms?.dealer || !terms.agreement?.restrict_to_assortment) return next()
    const { dealer, agreement } = terms
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "variant",
      fields: ["product.title", "product.categories.id", "product.categories.mpath"],
      filters: { id: variantId },
    })
    if (!variant?.product) return next()
    const outside = await productsOutsideAssortment(req.scope, dealer.id, [
      { title: variant.product.title, categories: variant.product.categories ?? [] },
    ])
    if (!outside.length) return next()
    const violation = assortmentViolation(agreement.number, outside, "variant_id")
    res.status(400).json({
      type: MedusaError.Types.NOT_ALLOWED,
      code: "dealer_checkout_rules",
      message: violation.message,
      violations: [violation],
    })
  } catch (error) {
    next(error)
  }
}
