import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useCreateDealer, useDealers } from "../hooks/use-dealers"
import { parentRolesFor, ROLE_LABELS } from "../lib/labels"
import { DEALER_ROLES } from "../../types/dealer-network"
import type { DealerRole } from "../../types/dealer-network"
import { DrawerForm } from "./form/drawer-form"
import { SelectField, TextField } from "./form/fields"
import { NO_PARENT, optionalText, parentOptionsOf, requiredText } from "./form/schema"

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

const PARENT_HINTS: Record<DealerRole, string> = {
  distributor: "A distributor is at the top of the network.",
  dealer: "A dealer may sit under a distributor.",
  sub_dealer: "A sub-dealer sits under a dealer or a distributor.",
}

/** "Create dealer" button and the drawer with its form. */
export const CreateDealerDrawer = () => {
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create dealer
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {open && <CreateDealerForm onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const CreateDealerForm = ({ onDone }: { onDone: () => void }) => {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: EMPTY })
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
      title="Create dealer"
      errorTestId="create-dealer-error"
      onSubmit={async (values) => {
        const { dealer } = await createDealer.mutateAsync(values)
        toast.success(`Dealer ${dealer.code} created`)
        onDone()
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField name="code" id="dealer-code" label="Code" placeholder="DLR-001" autoComplete="off" required />
        <SelectField
          name="role"
          id="dealer-role"
          label="Role"
          options={DEALER_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
        />
      </div>
      <TextField name="name" id="dealer-name" label="Name" placeholder="Northwind Trading" required />
      <SelectField
        name="parent_id"
        id="dealer-parent"
        label="Parent"
        optional={role !== "sub_dealer"}
        hint={PARENT_HINTS[role]}
        placeholder="No parent"
        disabled={!parentRoles.length}
        options={parentOptionsOf(parentOptions)}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField name="tax_id" id="dealer-tax-id" label="Tax ID" optional />
        <TextField name="email" id="dealer-email" label="Email" type="email" optional />
        <TextField name="city" id="dealer-city" label="City" optional />
        <TextField name="country_code" id="dealer-country" label="Country code" placeholder="de" maxLength={2} optional />
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        New dealers start as applicants; activating their agreement makes them active.
      </Text>
    </DrawerForm>
  )
}
