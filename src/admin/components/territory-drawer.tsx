import { Drawer, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useSaveTerritory } from "../hooks/use-network-editing"
import { useTexts } from "../hooks/use-texts"
import { territoryPlacementProblem } from "../../lib/territory-hierarchy"
import type { Territory, TerritoryType } from "../../types/dealer-network"
import { DrawerForm } from "./form/drawer-form"
import { SelectField, TextField } from "./form/fields"
import { formResolver, NO_PARENT, optionalText, requiredText } from "./form/schema"

const schema = z.object({
  code: requiredText,
  name: requiredText,
  country_code: z.string().trim().toLowerCase(),
  province: optionalText,
  postal_prefixes: z.string().transform((text) => text.split(/[\s,;]+/).filter(Boolean)),
  parent_id: z.string().transform((id) => (id === NO_PARENT ? null : id)),
})

/** What the drawer edits: a new territory of a type under a parent, or an existing one. */
export type TerritoryDraft = { type: TerritoryType; parent: Territory | null } | { territory: Territory }

/**
 * A territory's form: create (code, name, country for a country, province,
 * prefixes) or edit (rename, prefixes, move under another parent of the same country).
 */
export const TerritoryDrawer = ({
  draft,
  territories,
  onClose,
}: {
  draft: TerritoryDraft | null
  territories: Territory[]
  onClose: () => void
}) => (
  <Drawer open={!!draft} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content aria-describedby={undefined}>
      {draft && <TerritoryForm draft={draft} territories={territories} onDone={onClose} />}
    </Drawer.Content>
  </Drawer>
)

const TerritoryForm = ({ draft, territories, onDone }: { draft: TerritoryDraft; territories: Territory[]; onDone: () => void }) => {
  const { t } = useTexts("territories")
  const existing = "territory" in draft ? draft.territory : null
  const type = existing?.type ?? (draft as { type: TerritoryType }).type
  const parent = existing ? territories.find((x) => x.id === existing.parent_id) ?? null : (draft as { parent: Territory | null }).parent
  const form = useForm({
    resolver: formResolver(schema),
    defaultValues: {
      code: existing?.code ?? "",
      name: existing?.name ?? "",
      country_code: existing?.country_code ?? parent?.country_code ?? "",
      province: existing?.province ?? "",
      postal_prefixes: existing?.postal_prefixes.join(", ") ?? "",
      parent_id: parent?.id ?? NO_PARENT,
    },
  })
  const save = useSaveTerritory(existing?.id)
  const country = existing?.country_code ?? parent?.country_code
  // Where the territory may sit: the tree's own rule, within its country.
  const parents = territories.filter(
    (x) => x.country_code === country && x.id !== existing?.id && !territoryPlacementProblem(type, x.type)
  )

  return (
    <DrawerForm
      form={form}
      title={existing ? t("editTitle", { name: existing.name }) : t("createTitle", { type: t(`types.${type}`) })}
      submitLabel={t("save")}
      submitTestId="save-territory"
      errorTestId="territory-error"
      onSubmit={async ({ country_code, parent_id, ...values }) => {
        const body = existing
          ? { ...values, ...(type !== "country" && { parent_id }) }
          : { ...values, type, parent_id, ...(type === "country" && { country_code }) }
        const { territory } = await save.mutateAsync(body)
        toast.success(t("saved", { name: territory.name }))
        onDone()
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField name="name" id="territory-name" label={t("fields.name")} />
        <TextField name="code" id="territory-code" label={t("fields.code")} autoComplete="off" />
      </div>
      {type === "country" ? (
        <TextField name="country_code" id="territory-country" label={t("fields.country")} maxLength={2} hint={t("hints.country")} disabled={!!existing} />
      ) : (
        <SelectField
          name="parent_id"
          id="territory-parent"
          label={t("fields.parent")}
          hint={t("hints.parent")}
          triggerTestId="territory-parent-trigger"
          options={parents.map((x) => ({ value: x.id, label: `${x.name} (${t(`types.${x.type}`)} · ${x.code})` }))}
        />
      )}
      <TextField name="province" id="territory-province" label={t("fields.province")} optional hint={t("hints.province")} />
      <TextField name="postal_prefixes" id="territory-prefixes" label={t("fields.prefixes")} optional hint={t("hints.prefixes")} />
    </DrawerForm>
  )
}
