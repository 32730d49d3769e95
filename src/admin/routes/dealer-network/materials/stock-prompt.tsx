import { toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { NumberField, SelectField } from "../../../components/form/fields"
import { PromptForm } from "../../../components/form/prompt-form"
import { useAdjustStock } from "../../../hooks/use-dealer-materials"
import { useTexts } from "../../../hooks/use-texts"
import { formatNumber } from "../../../lib/numbers"
import type { DealerMaterial } from "../../../../types/engagement"
import { formResolver } from "../../../components/form/schema"

/** Each way to change the stock and the key of its label. */
const MODES = { add: "modeAdd", remove: "modeRemove", set: "modeSet", unlimited: "modeUnlimited" } as const
type Mode = keyof typeof MODES

const schemaOf = (t: ReturnType<typeof useTexts>["t"]) =>
  z
    .object({ mode: z.enum(["add", "remove", "set", "unlimited"]), units: z.string().trim() })
    .superRefine((values, ctx) => {
      if (values.mode !== "unlimited" && !/^\d+$/.test(values.units)) {
        ctx.addIssue({ code: "custom", path: ["units"], message: t("wholeUnits") })
      }
    })

/** Adjust stock…: restock, correct after a count, or set it; never below zero (the API refuses it with the figures). */
export const StockPrompt = ({ material, onClose }: { material: DealerMaterial | null; onClose: () => void }) => {
  const { t } = useTexts("materials")
  const schema = useMemo(() => schemaOf(t), [t])
  const form = useForm({ resolver: formResolver(schema), defaultValues: { mode: "add" as Mode, units: "" } })
  const adjust = useAdjustStock()
  const mode = form.watch("mode")
  const unlimited = material?.stock === null
  useEffect(() => {
    if (material) form.reset({ mode: unlimited ? "set" : "add", units: "" })
  }, [material?.id])

  const modes = (Object.keys(MODES) as Mode[]).filter((m) => !(unlimited && (m === "add" || m === "remove" || m === "unlimited")))

  return (
    <PromptForm
      form={form}
      open={!!material}
      onOpenChange={(open) => !open && onClose()}
      title={t("adjustStockOf", { code: material?.code })}
      description={unlimited ? t("stockUnlimitedNow") : t("unitsInStockNow", { units: formatNumber(material?.stock ?? 0) })}
      submitLabel={t("saveStock")}
      errorTestId="stock-error"
      onSubmit={async ({ mode: chosen, units }) => {
        if (!material) return
        const n = Number(units)
        const body =
          chosen === "add" ? { adjustment: n } : chosen === "remove" ? { adjustment: -n } : chosen === "set" ? { stock: n } : { stock: null }
        const { material: saved } = await adjust.mutateAsync({ id: material.id, ...body })
        toast.success(
          saved.stock === null
            ? t("stockSavedUnlimited", { code: saved.code })
            : t("stockSaved", { code: saved.code, units: formatNumber(saved.stock) })
        )
        onClose()
      }}
    >
      <SelectField name="mode" id="stock-mode" label={t("change")} options={modes.map((value) => ({ value, label: t(MODES[value]) }))} />
      {mode !== "unlimited" && <NumberField name="units" id="stock-units" label={t("units")} min={0} step="1" required />}
    </PromptForm>
  )
}
