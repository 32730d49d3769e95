import { Checkbox, Drawer, Label, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { Controller, useForm, useFormContext } from "react-hook-form"
import { z } from "zod"
import { MaterialInput, useSaveMaterial, useTiers } from "../hooks/use-dealer-materials"
import { useTexts } from "../hooks/use-texts"
import { useLabels } from "../lib/labels"
import { MATERIAL_KINDS } from "../../types/engagement"
import type { DealerMaterial } from "../../types/engagement"
import { Field } from "./field"
import { DrawerForm } from "./form/drawer-form"
import { NumberField, SelectField, SwitchField, TextareaField, TextField } from "./form/fields"
import { formResolver, optionalText } from "./form/schema"

const wholeUnits = /^\d+$/

const schemaOf = (t: ReturnType<typeof useTexts>["t"]) =>
  z
  .object({
    code: z.string().trim().min(1, t("required")),
    title: z.string().trim().min(1, t("required")),
    kind: z.enum(MATERIAL_KINDS),
    points_price: z.string().trim().regex(/^\d+(\.\d{1,4})?$/, t("pointsFormat")),
    unlimited: z.boolean(),
    stock: z.string().trim(),
    image_url: optionalText,
    description: optionalText,
    tier_ids: z.array(z.string()),
    is_active: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (!values.unlimited && !wholeUnits.test(values.stock)) {
      ctx.addIssue({ code: "custom", path: ["stock"], message: t("stockFormat") })
    }
  })

type Values = z.input<ReturnType<typeof schemaOf>>

const valuesOf = (material?: DealerMaterial): Values => ({
  code: material?.code ?? "",
  title: material?.title ?? "",
  kind: material?.kind ?? "poster",
  points_price: material?.points_price ?? "",
  unlimited: material ? material.stock === null : false,
  stock: material?.stock?.toString() ?? "",
  image_url: material?.image_url ?? "",
  description: material?.description ?? "",
  tier_ids: material?.tier_ids ?? [],
  is_active: material?.is_active ?? true,
})

/**
 * The create / edit drawer of a material. A new material's stock is set here;
 * an existing one's changes through "Adjust stock" (under the row lock).
 */
export const MaterialDrawer = ({
  material,
  open,
  onOpenChange,
}: {
  /** The material to edit; none = a new one. */
  material?: DealerMaterial
  open: boolean
  onOpenChange: (open: boolean) => void
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content aria-describedby={undefined}>
      {open && <MaterialForm material={material} onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)

const MaterialForm = ({ material, onDone }: { material?: DealerMaterial; onDone: () => void }) => {
  const { t } = useTexts("materials")
  const labels = useLabels()
  const schema = useMemo(() => schemaOf(t), [t])
  const form = useForm({ resolver: formResolver(schema), defaultValues: valuesOf(material) })
  const save = useSaveMaterial(material?.id)
  const unlimited = form.watch("unlimited")

  return (
    <DrawerForm
      form={form}
      title={material ? t("editTitle", { code: material.code }) : t("newMaterial")}
      submitLabel={material ? t("save") : t("create")}
      submitTestId="material-submit"
      errorTestId="material-error"
      onSubmit={async ({ unlimited: noLimit, stock, ...values }) => {
        const body: MaterialInput = material ? values : { ...values, stock: noLimit ? null : Number(stock) }
        const { material: saved } = await save.mutateAsync(body)
        toast.success(material ? t("saved", { code: saved.code }) : t("added", { code: saved.code }))
        onDone()
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField name="code" id="material-code" label={t("code")} placeholder="POSTER-A1" autoComplete="off" required />
        <SelectField
          name="kind"
          id="material-kind"
          label={t("kind")}
          triggerTestId="material-kind"
          options={MATERIAL_KINDS.map((value) => ({ value, label: labels.materialKind[value] }))}
        />
      </div>
      <TextField name="title" id="material-title" label={t("title")} placeholder={t("titlePlaceholder")} required />
      <div className="grid grid-cols-2 gap-4">
        <NumberField name="points_price" id="material-points" label={t("price")} min={0} step="1" required />
        {material ? (
          <Field id="material-stock-now" label={t("stock")}>
            <Text size="small" className="text-ui-fg-subtle">
              {material.stock === null ? t("unlimitedNow") : t("stockNow", { count: material.stock })}
            </Text>
          </Field>
        ) : (
          <NumberField
            name="stock"
            id="material-stock"
            label={t("unitsInStock")}
            min={0}
            step="1"
            disabled={unlimited}
            placeholder={unlimited ? t("unlimited") : "0"}
          />
        )}
      </div>
      {!material && (
        <SwitchField name="unlimited" id="material-unlimited" label={t("unlimited")} hint={t("unlimitedHint")} />
      )}
      <TierChecklist />
      <TextField name="image_url" id="material-image" label={t("imageUrl")} type="url" placeholder="https://…" optional />
      <TextareaField name="description" id="material-description" label={t("descriptionLabel")} rows={3} optional />
      <SwitchField name="is_active" id="material-active" label={t("offered")} hint={t("offeredHint")} />
    </DrawerForm>
  )
}

/** The partner tiers that may order it: none ticked = every dealer. */
const TierChecklist = () => {
  const { control } = useFormContext<Values>()
  const { data, isLoading } = useTiers()
  const tiers = data?.tiers ?? []
  const { t } = useTexts("materials")
  return (
    <Field id="material-tiers" label={t("partnerTiers")} optional hint={t("partnerTiersHint")}>
      <Controller
        control={control}
        name="tier_ids"
        render={({ field }) => (
          <div className="flex flex-wrap gap-x-5 gap-y-2" data-testid="material-tiers">
            {isLoading && <Text size="small">{t("loadingTiers")}</Text>}
            {!isLoading && !tiers.length && (
              <Text size="small" className="text-ui-fg-subtle">
                {t("noTiers")}
              </Text>
            )}
            {tiers.map((tier) => {
              const checked = field.value.includes(tier.id)
              return (
                <div key={tier.id} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`material-tier-${tier.id}`}
                    checked={checked}
                    onCheckedChange={(on) =>
                      field.onChange(on === true ? [...field.value, tier.id] : field.value.filter((id: string) => id !== tier.id))
                    }
                  />
                  <Label htmlFor={`material-tier-${tier.id}`} size="small">
                    {tier.name}
                  </Label>
                </div>
              )
            })}
          </div>
        )}
      />
    </Field>
  )
}
