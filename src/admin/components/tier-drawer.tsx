import { Drawer, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useSaveTier } from "../hooks/use-network-editing"
import { useTexts } from "../hooks/use-texts"
import { adminText } from "../lib/locale"
import { benefitLines, benefitsFromLines } from "../../lib/tier-benefits"
import type { Tier } from "../../types/dealer-network"
import { DrawerForm } from "./form/drawer-form"
import { NumberField, TextareaField, TextField } from "./form/fields"
import { formResolver, optionalText, requiredText } from "./form/schema"

const number = (schema: z.ZodNumber) => z.string().trim().min(1, { error: () => adminText("common.required") }).transform(Number).pipe(schema)

const schema = z.object({
  name: requiredText,
  rank: number(z.number().int().min(0)),
  min_turnover: number(z.number().min(0)),
  window_months: number(z.number().int().min(1).max(36)),
  discount_percent: number(z.number().min(0).max(100)),
  benefits: z.string().transform(benefitsFromLines),
  description: optionalText,
})

/** Creates a tier (`tier` null) or edits one. */
export const TierDrawer = ({ tier, open, onClose }: { tier: Tier | null; open: boolean; onClose: () => void }) => (
  <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content aria-describedby={undefined}>{open && <TierForm tier={tier} onDone={onClose} />}</Drawer.Content>
  </Drawer>
)

const TierForm = ({ tier, onDone }: { tier: Tier | null; onDone: () => void }) => {
  const { t } = useTexts("tiers")
  const form = useForm({
    resolver: formResolver(schema),
    defaultValues: {
      name: tier?.name ?? "",
      rank: String(tier?.rank ?? ""),
      min_turnover: String(tier?.min_turnover ?? "0"),
      window_months: String(tier?.window_months ?? 12),
      discount_percent: String(tier?.discount_percent ?? "0"),
      benefits: benefitLines(tier?.benefits ?? null).join("\n"),
      description: tier?.description ?? "",
    },
  })
  const save = useSaveTier(tier?.id)
  return (
    <DrawerForm
      form={form}
      title={tier ? t("editTitle", { name: tier.name }) : t("createTitle")}
      submitLabel={t("save")}
      submitTestId="save-tier"
      errorTestId="tier-error"
      onSubmit={async (values) => {
        const { tier: saved } = await save.mutateAsync(values)
        toast.success(t("saved", { name: saved.name }))
        onDone()
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField name="name" id="tier-name" label={t("fields.name")} />
        <NumberField name="rank" id="tier-rank" label={t("fields.rank")} step="1" hint={t("hints.rank")} />
        <NumberField name="min_turnover" id="tier-min-turnover" label={t("fields.minTurnover")} step="0.01" hint={t("hints.minTurnover")} />
        <NumberField name="window_months" id="tier-window" label={t("fields.windowMonths")} step="1" />
        <NumberField name="discount_percent" id="tier-discount" label={t("fields.discount")} step="0.01" hint={t("hints.discount")} />
      </div>
      <TextareaField name="benefits" id="tier-benefits" label={t("fields.benefits")} optional rows={4} hint={t("hints.benefits")} />
      <TextareaField name="description" id="tier-description" label={t("fields.description")} optional rows={2} />
    </DrawerForm>
  )
}
