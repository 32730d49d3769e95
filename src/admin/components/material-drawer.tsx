import { zodResolver } from "@hookform/resolvers/zod"
import { Checkbox, Drawer, Label, Text, toast } from "@medusajs/ui"
import { Controller, useForm, useFormContext } from "react-hook-form"
import { z } from "zod"
import { MaterialInput, useSaveMaterial, useTiers } from "../hooks/use-dealer-materials"
import { MATERIAL_KIND_LABELS } from "../lib/labels"
import { MATERIAL_KINDS } from "../../types/engagement"
import type { DealerMaterial } from "../../types/engagement"
import { Field } from "./field"
import { DrawerForm } from "./form/drawer-form"
import { NumberField, SelectField, SwitchField, TextareaField, TextField } from "./form/fields"
import { optionalText, requiredText } from "./form/schema"

const wholeUnits = /^\d+$/

const schema = z
  .object({
    code: requiredText,
    title: requiredText,
    kind: z.enum(MATERIAL_KINDS),
    points_price: z.string().trim().regex(/^\d+(\.\d{1,4})?$/, "A number of points, 0 or more"),
    unlimited: z.boolean(),
    stock: z.string().trim(),
    image_url: optionalText,
    description: optionalText,
    tier_ids: z.array(z.string()),
    is_active: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (!values.unlimited && !wholeUnits.test(values.stock)) {
      ctx.addIssue({ code: "custom", path: ["stock"], message: "Units in stock, 0 or more" })
    }
  })

type Values = z.input<typeof schema>

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
  const form = useForm({ resolver: zodResolver(schema), defaultValues: valuesOf(material) })
  const save = useSaveMaterial(material?.id)
  const unlimited = form.watch("unlimited")

  return (
    <DrawerForm
      form={form}
      title={material ? `Edit ${material.code}` : "New material"}
      submitLabel={material ? "Save" : "Create"}
      submitTestId="material-submit"
      errorTestId="material-error"
      onSubmit={async ({ unlimited: noLimit, stock, ...values }) => {
        const body: MaterialInput = material ? values : { ...values, stock: noLimit ? null : Number(stock) }
        const { material: saved } = await save.mutateAsync(body)
        toast.success(material ? `${saved.code} saved` : `${saved.code} added to the catalogue`)
        onDone()
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField name="code" id="material-code" label="Code" placeholder="POSTER-A1" autoComplete="off" required />
        <SelectField
          name="kind"
          id="material-kind"
          label="Kind"
          triggerTestId="material-kind"
          options={MATERIAL_KINDS.map((value) => ({ value, label: MATERIAL_KIND_LABELS[value] }))}
        />
      </div>
      <TextField name="title" id="material-title" label="Title" placeholder="Poster A1 “Cordless range”" required />
      <div className="grid grid-cols-2 gap-4">
        <NumberField name="points_price" id="material-points" label="Price (marketing points)" min={0} step="1" required />
        {material ? (
          <Field id="material-stock-now" label="Stock">
            <Text size="small" className="text-ui-fg-subtle">
              {material.stock === null ? "Unlimited" : `${material.stock} units`}; change it with “Adjust stock”.
            </Text>
          </Field>
        ) : (
          <NumberField
            name="stock"
            id="material-stock"
            label="Units in stock"
            min={0}
            step="1"
            disabled={unlimited}
            placeholder={unlimited ? "Unlimited" : "0"}
          />
        )}
      </div>
      {!material && (
        <SwitchField name="unlimited" id="material-unlimited" label="Unlimited" hint="Digital kits and downloads never run out." />
      )}
      <TierChecklist />
      <TextField name="image_url" id="material-image" label="Image URL" type="url" placeholder="https://…" optional />
      <TextareaField name="description" id="material-description" label="Description" rows={3} optional />
      <SwitchField name="is_active" id="material-active" label="Offered" hint="Dealers see and order active materials only." />
    </DrawerForm>
  )
}

/** The partner tiers that may order it: none ticked = every dealer. */
const TierChecklist = () => {
  const { control } = useFormContext<Values>()
  const { data, isLoading } = useTiers()
  const tiers = data?.tiers ?? []
  return (
    <Field id="material-tiers" label="Partner tiers" optional hint="None ticked: every dealer may order it.">
      <Controller
        control={control}
        name="tier_ids"
        render={({ field }) => (
          <div className="flex flex-wrap gap-x-5 gap-y-2" data-testid="material-tiers">
            {isLoading && <Text size="small">Loading tiers…</Text>}
            {!isLoading && !tiers.length && (
              <Text size="small" className="text-ui-fg-subtle">
                No tiers defined.
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
