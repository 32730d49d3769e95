import { zodResolver } from "@hookform/resolvers/zod"
import { toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { NumberField, SelectField } from "../../../components/form/fields"
import { PromptForm } from "../../../components/form/prompt-form"
import { useAdjustStock } from "../../../hooks/use-dealer-materials"
import { formatNumber } from "../../../lib/numbers"
import type { DealerMaterial } from "../../../../types/engagement"

const MODES = { add: "Add units (restock)", remove: "Take units away (count found short)", set: "Set the stock", unlimited: "Make it unlimited" } as const
type Mode = keyof typeof MODES

const schema = z
  .object({ mode: z.enum(["add", "remove", "set", "unlimited"]), units: z.string().trim() })
  .superRefine((values, ctx) => {
    if (values.mode !== "unlimited" && !/^\d+$/.test(values.units)) {
      ctx.addIssue({ code: "custom", path: ["units"], message: "A whole number of units" })
    }
  })

/** Adjust stock…: restock, correct after a count, or set it; never below zero (the API refuses it with the figures). */
export const StockPrompt = ({ material, onClose }: { material: DealerMaterial | null; onClose: () => void }) => {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { mode: "add" as Mode, units: "" } })
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
      title={<>Adjust stock of {material?.code}</>}
      description={
        unlimited ? "The stock is unlimited now." : `${formatNumber(material?.stock ?? 0)} units in stock now.`
      }
      submitLabel="Save stock"
      errorTestId="stock-error"
      onSubmit={async ({ mode: chosen, units }) => {
        if (!material) return
        const n = Number(units)
        const body =
          chosen === "add" ? { adjustment: n } : chosen === "remove" ? { adjustment: -n } : chosen === "set" ? { stock: n } : { stock: null }
        const { material: saved } = await adjust.mutateAsync({ id: material.id, ...body })
        toast.success(`${saved.code}: ${saved.stock === null ? "unlimited" : `${formatNumber(saved.stock)} in stock`}`)
        onClose()
      }}
    >
      <SelectField name="mode" id="stock-mode" label="Change" options={modes.map((value) => ({ value, label: MODES[value] }))} />
      {mode !== "unlimited" && <NumberField name="units" id="stock-units" label="Units" min={0} step="1" required />}
    </PromptForm>
  )
}
