import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateProductCategoriesStepId = "dealer-network-validate-product-categories"

/** Fails with a 404 naming the first product category id that does not exist. Writes nothing. */
export const validateProductCategoriesStep = createStep(
  validateProductCategoriesStepId,
  async (ids: string[] | undefined | null, { container }) => {
    const wanted = [...new Set(ids ?? [])]
    if (!wanted.length) return new StepResponse([] as string[])
    const productModule = container.resolve(Modules.PRODUCT)
    const found = await productModule.listProductCategories(
      { id: wanted },
      { select: ["id"], take: wanted.length }
    )
    const known = new Set(found.map((category) => category.id))
    const missing = wanted.find((id) => !known.has(id))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `product_category_ids: product category ${missing} was not found`
      )
    }
    return new StepResponse(wanted)
  }
)
