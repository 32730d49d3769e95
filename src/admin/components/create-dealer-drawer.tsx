import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useCreateDealer, useDealers } from "../hooks/use-dealers"
import { useTexts } from "../hooks/use-texts"
import { parentRolesFor, useLabels } from "../lib/labels"
import { DEALER_ROLES } from "../../types/dealer-network"
import { DrawerForm } from "./form/drawer-form"
import { SelectField, TextField } from "./form/fields"
import { formResolver, NO_PARENT, optionalText, parentOptionsOf, requiredText } from "./form/schema"

const schema = z.object({
  code: requiredText,
  name: requiredText,
  role: z.enum(DEALER_ROLES),
  parent_id: z.string().transform((id) => (id === NO_PARENT ? null : id)),
  tax_id: optionalText,
  email: optionalText,
  city: optionalText,
  country_code: optionalText.transform((code) => code?.toLowerCase() ?? null),
})

const EMPTY: z.input<typeof schema> = {
  code: "",
  name: "",
  role: "dealer",
  parent_id: NO_PARENT,
  tax_id: "",
  email: "",
  city: "",
  country_code: "",
}

/** "Create dealer" button and the drawer with its form. */
export const CreateDealerDrawer = () => {
  const { t } = useTexts("dealerPage")
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("create.button")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {open && <CreateDealerForm onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const CreateDealerForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTexts("dealerPage")
  const { t: fields } = useTexts("dealers")
  const labels = useLabels()
  const form = useForm({ resolver: formResolver(schema), defaultValues: EMPTY })
  const createDealer = useCreateDealer()
  const role = form.watch("role")
  const parentId = form.watch("parent_id")

  const parentRoles = parentRolesFor(role)
  const parents = useDealers(
    { role: parentRoles, limit: 100, order: "code", fields: "id,code,name,role" },
    { enabled: parentRoles.length > 0 }
  )
  const parentOptions = parentRoles.length ? parents.data?.dealers ?? [] : []

  // A parent that the chosen role cannot sit under is dropped.
  useEffect(() => {
    if (parentId !== NO_PARENT && !parentOptions.some((d) => d.id === parentId) && !parents.isFetching) {
      form.setValue("parent_id", NO_PARENT)
    }
  }, [role, parentOptions, parents.isFetching, parentId, form])

  return (
    <DrawerForm
      form={form}
      title={t("create.title")}
      errorTestId="create-dealer-error"
      onSubmit={async (values) => {
        const { dealer } = await createDealer.mutateAsync(values)
        toast.success(t("create.created", { code: dealer.code }))
        onDone()
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField name="code" id="dealer-code" label={fields("fields.code")} placeholder="DLR-001" autoComplete="off" required />
        <SelectField
          name="role"
          id="dealer-role"
          label={fields("fields.role")}
          options={DEALER_ROLES.map((value) => ({ value, label: labels.role[value] }))}
        />
      </div>
      <TextField name="name" id="dealer-name" label={fields("fields.name")} placeholder={t("create.namePlaceholder")} required />
      <SelectField
        name="parent_id"
        id="dealer-parent"
        label={fields("fields.parent")}
        optional={role !== "sub_dealer"}
        hint={t(`create.parentHints.${role}`)}
        placeholder={fields("noParent")}
        disabled={!parentRoles.length}
        options={parentOptionsOf(parentOptions)}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField name="tax_id" id="dealer-tax-id" label={fields("fields.taxId")} optional />
        <TextField name="email" id="dealer-email" label={fields("fields.email")} type="email" optional />
        <TextField name="city" id="dealer-city" label={fields("fields.city")} optional />
        <TextField name="country_code" id="dealer-country" label={fields("fields.country")} placeholder="de" maxLength={2} optional />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t("create.startsAsApplicant")}
      </Text>
    </DrawerForm>
  )
}
