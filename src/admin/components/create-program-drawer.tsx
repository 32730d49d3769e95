import { Alert, Button, Drawer, Heading, Input, Select, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { NewRewardProgram, useCreateRewardProgram } from "../hooks/use-dealer-rewards"
import { errorMessage } from "../lib/format"
import { Field } from "./field"

const EXAMPLE_RULES = `[
  {
    "name": "Volume rebate",
    "definition": {
      "reward": { "type": "tiered", "base": "sales_amount", "mode": "stepped",
                  "tiers": [{ "from": 0, "rate_percent": 1 }, { "from": 10000, "rate_percent": 2 }] },
      "cap": 5000
    }
  }
]`

const EMPTY: Omit<NewRewardProgram, "rules"> & { rules: string } = {
  code: "",
  name: "",
  period_type: "month",
  valid_from: new Date().toISOString().slice(0, 10),
  status: "active",
  currency_code: "eur",
  rules: EXAMPLE_RULES,
}

/** "New program": the program's fields and its rules as JSON; the API's message names a wrong part. */
export const CreateProgramDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const create = useCreateRewardProgram()
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setForm(EMPTY)
      setError(null)
    }
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    let rules: unknown
    try {
      rules = JSON.parse(form.rules)
    } catch (parseError) {
      setError(`rules: not JSON (${errorMessage(parseError)})`)
      return
    }
    try {
      const { program } = await create.mutateAsync({ ...form, code: form.code.trim(), name: form.name.trim(), rules })
      toast.success(`Program ${program.code} created with ${program.rules.length} rule(s)`)
      onOpenChange(false)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          New program
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>New reward program</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {error && (
              <Alert variant="error" dismissible={false} data-testid="create-program-error">
                {error}
              </Alert>
            )}
            <div className="grid grid-cols-2 gap-4">
              <Field id="program-code" label="Code">
                <Input id="program-code" value={form.code} onChange={(e) => set("code")(e.target.value)} required />
              </Field>
              <Field id="program-period" label="Period">
                <Select value={form.period_type} onValueChange={set("period_type")}>
                  <Select.Trigger id="program-period">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="month">Month</Select.Item>
                    <Select.Item value="quarter">Quarter</Select.Item>
                    <Select.Item value="year">Year</Select.Item>
                  </Select.Content>
                </Select>
              </Field>
            </div>
            <Field id="program-name" label="Name">
              <Input id="program-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
            </Field>
            <div className="grid grid-cols-2 gap-4">
              <Field id="program-from" label="Valid from">
                <Input id="program-from" type="date" value={form.valid_from} onChange={(e) => set("valid_from")(e.target.value)} />
              </Field>
              <Field id="program-currency" label="Currency">
                <Input id="program-currency" value={form.currency_code} onChange={(e) => set("currency_code")(e.target.value)} />
              </Field>
            </div>
            <Field id="program-rules" label="Rules (JSON)" hint="Metrics, tiers, caps and kinds as in the README.">
              <Textarea
                id="program-rules"
                rows={14}
                className="font-mono text-xs"
                value={form.rules}
                onChange={(e) => set("rules")(e.target.value)}
              />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Create
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
