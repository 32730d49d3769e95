import { Button, Drawer, Heading, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useDealers, useUpdateDealer } from "../hooks/use-dealers"
import { useTiers } from "../hooks/use-network-editing"
import { useTexts } from "../hooks/use-texts"
import { parentRolesFor } from "../lib/labels"
import { DEALER_ROLES, LEGAL_TYPES } from "../../types/dealer-network"
import type { Dealer } from "../../types/dealer-network"
import { DrawerForm } from "./form/drawer-form"
import { SelectField, SwitchField, TextField } from "./form/fields"
import { formResolver, NO_PARENT, optionalText, requiredText } from "./form/schema"

const NO_TIER = "__none__"

const schema = z.object({
  code: requiredText,
  name: requiredText,
  legal_name: optionalText,
  legal_type: z.enum(LEGAL_TYPES),
  tax_id: optionalText,
  email: optionalText,
  phone: optionalText,
  website: optionalText,
  address_line: optionalText,
  postal_code: optionalText,
  city: optionalText,
  province: optionalText,
  country_code: optionalText.transform((code) => code?.toLowerCase() ?? null),
  currency_code: requiredText.transform((code) => code.toLowerCase()),
  role: z.enum(DEALER_ROLES),
  parent_id: z.string().transform((id) => (id === NO_PARENT ? null : id)),
  tier_id: z.string().transform((id) => (id === NO_TIER ? null : id)),
  tier_pinned: z.boolean(),
})

const valuesOf = (dealer: Dealer): z.input<typeof schema> => ({
  code: dealer.code,
  name: dealer.name,
  legal_name: dealer.legal_name ?? "",
  legal_type: dealer.legal_type,
  tax_id: dealer.tax_id ?? "",
  email: dealer.email ?? "",
  phone: dealer.phone ?? "",
  website: dealer.website ?? "",
  address_line: dealer.address_line ?? "",
  postal_code: dealer.postal_code ?? "",
  city: dealer.city ?? "",
  province: dealer.province ?? "",
  country_code: dealer.country_code ?? "",
  currency_code: dealer.currency_code,
  role: dealer.role,
  parent_id: dealer.parent_id ?? NO_PARENT,
  tier_id: dealer.tier_id ?? NO_TIER,
  tier_pinned: dealer.tier_pinned,
})

/** "Edit" on the dealer's page: every field of the dealer, its place in the tree and its tier. */
export const EditDealerDrawer = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("dealers")
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="edit-dealer">
          {t("edit")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {open && <EditDealerForm dealer={dealer} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const EditDealerForm = ({ dealer, onDone }: { dealer: Dealer; onDone: () => void }) => {
  const { t } = useTexts("dealers")
  const form = useForm({ resolver: formResolver(schema), defaultValues: valuesOf(dealer) })
  const update = useUpdateDealer(dealer.id)
  const role = form.watch("role")
  const parentRoles = parentRolesFor(role)
  const parents = useDealers(
    { role: parentRoles, limit: 200, order: "code", fields: "id,code,name,role" },
    { enabled: parentRoles.length > 0 }
  )
  const tiers = useTiers()
  const parentOptions = (parentRoles.length ? parents.data?.dealers ?? [] : []).filter((d) => d.id !== dealer.id)

  return (
    <DrawerForm
      form={form}
      title={t("editTitle", { code: dealer.code })}
      submitLabel={t("save")}
      submitTestId="save-dealer"
      errorTestId="edit-dealer-error"
      onSubmit={async (values) => {
        const { dealer: saved } = await update.mutateAsync(values)
        toast.success(t("saved", { code: saved.code }))
        onDone()
      }}
    >
      <Heading level="h3">{t("sections.company")}</Heading>
      <div className="grid grid-cols-2 gap-4">
        <TextField name="code" id="dealer-code" label={t("fields.code")} autoComplete="off" />
        <TextField name="name" id="dealer-name" label={t("fields.name")} />
        <TextField name="legal_name" id="dealer-legal-name" label={t("fields.legalName")} optional />
        <SelectField
          name="legal_type"
          id="dealer-legal-type"
          label={t("fields.legalType")}
          options={LEGAL_TYPES.map((value) => ({ value, label: t(`legalTypes.${value}`) }))}
        />
        <TextField name="tax_id" id="dealer-tax-id" label={t("fields.taxId")} optional />
        <TextField
          name="currency_code"
          id="dealer-currency"
          label={t("fields.currency")}
          maxLength={3}
          hint={t("currencyHint")}
        />
      </div>
      <Heading level="h3">{t("sections.contacts")}</Heading>
      <div className="grid grid-cols-2 gap-4">
        <TextField name="email" id="dealer-email" label={t("fields.email")} type="email" optional />
        <TextField name="phone" id="dealer-phone" label={t("fields.phone")} optional />
        <TextField name="website" id="dealer-website" label={t("fields.website")} optional />
      </div>
      <Heading level="h3">{t("sections.address")}</Heading>
      <TextField name="address_line" id="dealer-address" label={t("fields.addressLine")} optional />
      <div className="grid grid-cols-2 gap-4">
        <TextField name="postal_code" id="dealer-postal-code" label={t("fields.postalCode")} optional />
        <TextField name="city" id="dealer-city" label={t("fields.city")} optional />
        <TextField name="province" id="dealer-province" label={t("fields.province")} optional />
        <TextField name="country_code" id="dealer-country" label={t("fields.country")} maxLength={2} optional />
      </div>
      <Heading level="h3">{t("sections.network")}</Heading>
      <SelectField
        name="role"
        id="dealer-role"
        label={t("fields.role")}
        hint={t("roleHint")}
        options={DEALER_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onValueChange={(next) => {
          if (!parentRolesFor(next as Dealer["role"]).length) form.setValue("parent_id", NO_PARENT)
        }}
      />
      <SelectField
        name="parent_id"
        id="dealer-parent"
        label={t("fields.parent")}
        optional={role !== "sub_dealer"}
        hint={t(`treeRules.${role}`)}
        disabled={!parentRoles.length}
        triggerTestId="dealer-parent-trigger"
        options={[
          { value: NO_PARENT, label: t("noParent") },
          ...parentOptions.map((d) => ({ value: d.id, label: `${d.code} · ${d.name} (${t(`roles.${d.role}`)})` })),
        ]}
      />
      <SelectField
        name="tier_id"
        id="dealer-tier"
        label={t("fields.tier")}
        triggerTestId="dealer-tier-trigger"
        options={[
          { value: NO_TIER, label: t("noTier") },
          ...(tiers.data?.tiers ?? []).map((tier) => ({ value: tier.id, label: tier.name })),
        ]}
      />
      <SwitchField name="tier_pinned" id="dealer-tier-pinned" label={t("fields.tierPinned")} hint={t("tierPinnedHint")} />
    </DrawerForm>
  )
}
