import { useMemo } from "react"
import { useTexts } from "../hooks/use-texts"
import { listSource } from "./form/multi-picker-field"

/** Where an agreement's pickers find variants and reward programs, and the names of those already picked. */
export function useAgreementSources() {
  const { t } = useTexts("contracts")
  return useMemo(
    () => ({
      variants: listSource(
        "variants",
        "/admin/product-variants",
        "variants",
        "id,title,sku,product.title",
        (v) => [v.product?.title, v.title].filter(Boolean).join(" · ") + (v.sku ? ` (${v.sku})` : ""),
        t("prices.searchVariants")
      ),
      programs: listSource(
        "reward-programs",
        "/admin/dealer-reward-programs",
        "programs",
        "id,code,name",
        (p) => `${p.name} (${p.code})`,
        t("rewards.searchPrograms")
      ),
    }),
    [t]
  )
}
