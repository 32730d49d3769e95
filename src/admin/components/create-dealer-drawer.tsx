import { Alert, Button, Drawer, Heading, Input, Select, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useCreateDealer, useDealers } from "../hooks/use-dealers"
import { errorMessage, parentRolesFor, ROLE_LABELS } from "../lib/format"
import { DEALER_ROLES } from "../../types/dealer-network"
import type { DealerRole } from "../../types/dealer-network"
import { Field } from "./field"

const NO_PARENT = "__none__"

type FormState = {
  code: string
  name: string
  role: DealerRole
  parent_id: string
  tax_id: string
  email: string
  city: string
  country_code: string
}

const EMPTY: FormState = {
  code: "",
  name: "",
  role: "dealer",
  parent_id: NO_PARENT,
  tax_id: "",
  email: "",
  city: "",
  country_code: "",
}

const orNull = (value: string) => (value.trim() ? value.trim() : null)

/** "Create dealer" button and the drawer with its form. */
export const CreateDealerDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FormState>(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const createDealer = useCreateDealer()

  const parentRoles = parentRolesFor(form.role)
  const parents = useDealers(
    { role: parentRoles, limit: 100, order: "code", fields: "id,code,name,role" },
    { enabled: open && parentRoles.length > 0 }
  )
  const parentOptions = parentRoles.length ? parents.data?.dealers ?? [] : []

  // A parent that the chosen role cannot sit under is dropped.
  useEffect(() => {
    if (form.parent_id !== NO_PARENT && !parentOptions.some((d) => d.id === form.parent_id)) {
      if (!parents.isFetching) setForm((f) => ({ ...f, parent_id: NO_PARENT }))
    }
  }, [form.role, parentOptions, parents.isFetching, form.parent_id])

  const set = (key: keyof FormState) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const onInput = (key: keyof FormState) => (e: React.ChangeEvent<HTMLInputElement>) =>
    set(key)(e.target.value)

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setForm(EMPTY)
      setError(null)
      createDealer.reset()
    }
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    try {
      const { dealer } = await createDealer.mutateAsync({
        code: form.code.trim(),
        name: form.name.trim(),
        role: form.role,
        parent_id: form.parent_id === NO_PARENT ? null : form.parent_id,
        tax_id: orNull(form.tax_id),
        email: orNull(form.email),
        city: orNull(form.city),
        country_code: orNull(form.country_code)?.toLowerCase() ?? null,
      })
      toast.success(`Dealer ${dealer.code} created`)
      onOpenChange(false)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create dealer
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>Create dealer</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {error && (
              <Alert variant="error" dismissible={false} data-testid="create-dealer-error">
                {error}
              </Alert>
            )}
            <div className="grid grid-cols-2 gap-4">
              <Field id="dealer-code" label="Code">
                <Input
                  id="dealer-code"
                  name="code"
                  value={form.code}
                  onChange={onInput("code")}
                  placeholder="DLR-001"
                  autoComplete="off"
                  required
                />
              </Field>
              <Field id="dealer-role" label="Role">
                <Select value={form.role} onValueChange={set("role")}>
                  <Select.Trigger id="dealer-role" name="role">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {DEALER_ROLES.map((role) => (
                      <Select.Item key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
            </div>
            <Field id="dealer-name" label="Name">
              <Input
                id="dealer-name"
                name="name"
                value={form.name}
                onChange={onInput("name")}
                placeholder="Northwind Trading"
                required
              />
            </Field>
            <Field
              id="dealer-parent"
              label="Parent"
              optional={form.role !== "sub_dealer"}
              hint={
                form.role === "distributor"
                  ? "A distributor is at the top of the network."
                  : form.role === "dealer"
                    ? "A dealer may sit under a distributor."
                    : "A sub-dealer sits under a dealer or a distributor."
              }
            >
              <Select
                value={form.parent_id}
                onValueChange={set("parent_id")}
                disabled={!parentRoles.length}
              >
                <Select.Trigger id="dealer-parent" name="parent_id">
                  <Select.Value placeholder="No parent" />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NO_PARENT}>No parent</Select.Item>
                  {parentOptions.map((dealer) => (
                    <Select.Item key={dealer.id} value={dealer.id}>
                      {dealer.code} · {dealer.name} ({ROLE_LABELS[dealer.role]})
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <div className="grid grid-cols-2 gap-4">
              <Field id="dealer-tax-id" label="Tax ID" optional>
                <Input id="dealer-tax-id" name="tax_id" value={form.tax_id} onChange={onInput("tax_id")} />
              </Field>
              <Field id="dealer-email" label="Email" optional>
                <Input
                  id="dealer-email"
                  name="email"
                  type="email"
                  value={form.email}
                  onChange={onInput("email")}
                />
              </Field>
              <Field id="dealer-city" label="City" optional>
                <Input id="dealer-city" name="city" value={form.city} onChange={onInput("city")} />
              </Field>
              <Field id="dealer-country" label="Country code" optional>
                <Input
                  id="dealer-country"
                  name="country_code"
                  value={form.country_code}
                  onChange={onInput("country_code")}
                  placeholder="de"
                  maxLength={2}
                />
              </Field>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              New dealers start as applicants; activating their agreement makes them active.
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={createDealer.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
