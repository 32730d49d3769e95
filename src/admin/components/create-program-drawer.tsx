import { Plus } from "@medusajs/icons"
import { Alert, Button, DropdownMenu, Drawer, Heading, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useRef, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateRewardProgram } from "../hooks/use-dealer-rewards"
import { apiErrorParts, countOf, errorMessage, humanize, PERIOD_TYPE_LABELS } from "../lib/format"
import type { ProgramPeriodType, ProgramStatus } from "../../types/rewards"
import { Field } from "./field"
import {
  newRuleDraft,
  RULE_EXAMPLES,
  RuleDraft,
  RuleError,
  RuleExample,
  ruleErrorsOf,
  RuleFields,
  ruleOfDraft,
} from "./reward-rule-fields"

type FormState = {
  code: string
  name: string
  description: string
  period_type: ProgramPeriodType
  status: ProgramStatus
  currency_code: string
  valid_from: string
  valid_to: string
  hold_overdue: boolean
}

const today = () => new Date().toISOString().slice(0, 10)

const emptyForm = (): FormState => ({
  code: "",
  name: "",
  description: "",
  period_type: "month",
  status: "active",
  currency_code: "eur",
  valid_from: today(),
  valid_to: "",
  hold_overdue: false,
})

const PERIOD_TYPES = Object.keys(PERIOD_TYPE_LABELS) as ProgramPeriodType[]
const STATUSES: ProgramStatus[] = ["draft", "active"]

/**
 * "Create program": the program's fields and its rules, each rule's
 * definition as JSON. The API checks every part; its 400 names the part
 * ("rules.1.definition.reward.tiers.1.from: …"), shown at the top and under
 * the rule it concerns.
 */
export const CreateProgramDrawer = () => {
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FormState>(emptyForm)
  const [rules, setRules] = useState<RuleDraft[]>(() => [newRuleDraft("rate")])
  const [error, setError] = useState<string | null>(null)
  const [ruleErrors, setRuleErrors] = useState<RuleError[][]>([])
  const create = useCreateRewardProgram()
  const bodyRef = useRef<HTMLDivElement>(null)

  // The part in error comes into view: the first rule the API named, else the message on top.
  useEffect(() => {
    if (!error) return
    const target =
      bodyRef.current?.querySelector('[data-testid="rule-editor"][data-invalid="true"]') ??
      bodyRef.current?.querySelector('[data-testid="create-program-error"]')
    target?.scrollIntoView({ block: "nearest", behavior: "smooth" })
  }, [error, ruleErrors])

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }))

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setForm(emptyForm())
      setRules([newRuleDraft("rate")])
      setError(null)
      setRuleErrors([])
    }
  }

  const updateRule = (index: number, patch: Partial<RuleDraft>) =>
    setRules((list) => list.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)))
  const removeRule = (index: number) => {
    setRules((list) => list.filter((_, i) => i !== index))
    setRuleErrors((list) => list.filter((_, i) => i !== index))
  }
  const addRule = (example: RuleExample | null) => setRules((list) => [...list, newRuleDraft(example)])

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    setRuleErrors([])
    // Unreadable JSON is caught here, named like the API names its errors.
    const parsed = rules.map(ruleOfDraft)
    const unreadable = parsed.map((p) => ("error" in p ? [p.error] : []))
    if (unreadable.some((list) => list.length)) {
      setRuleErrors(unreadable)
      setError(
        unreadable
          .flatMap((list, index) => list.map((err) => `rules.${index}.${err.path}: ${err.message}`))
          .join("; ")
      )
      return
    }
    try {
      const { program } = await create.mutateAsync({
        code: form.code.trim(),
        name: form.name.trim(),
        description: form.description.trim() || null,
        period_type: form.period_type,
        status: form.status,
        currency_code: form.currency_code.trim().toLowerCase(),
        valid_from: form.valid_from,
        valid_to: form.valid_to || null,
        hold_overdue: form.hold_overdue,
        rules: parsed.map((p) => ("rule" in p ? p.rule : null)!),
      })
      toast.success(`Program ${program.code} created with ${countOf(program.rules.length, "rule")}`)
      onOpenChange(false)
      navigate(`/dealer-rewards/${program.id}`)
    } catch (err) {
      const message = errorMessage(err)
      const parts = apiErrorParts(message)
      setError(message)
      setRuleErrors(rules.map((_, index) => ruleErrorsOf(parts, index)))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create program
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined} className="sm:max-w-[720px]">
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>Create reward program</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body ref={bodyRef} className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {error && (
              <Alert variant="error" dismissible={false} data-testid="create-program-error">
                {error}
              </Alert>
            )}
            <div className="grid grid-cols-2 gap-4">
              <Field id="program-code" label="Code" hint="Letters, digits, - and _ only.">
                <Input
                  id="program-code"
                  value={form.code}
                  onChange={(e) => set("code", e.target.value)}
                  autoComplete="off"
                  required
                />
              </Field>
              <Field id="program-name" label="Name">
                <Input id="program-name" value={form.name} onChange={(e) => set("name", e.target.value)} required />
              </Field>
            </div>
            <Field id="program-description" label="Description" optional>
              <Textarea
                id="program-description"
                rows={2}
                value={form.description}
                onChange={(e) => set("description", e.target.value)}
              />
            </Field>
            <div className="grid grid-cols-3 gap-4">
              <Field id="program-period" label="Period">
                <Select value={form.period_type} onValueChange={(value) => set("period_type", value as ProgramPeriodType)}>
                  <Select.Trigger id="program-period">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {PERIOD_TYPES.map((type) => (
                      <Select.Item key={type} value={type}>
                        {PERIOD_TYPE_LABELS[type]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              <Field id="program-status" label="Status">
                <Select value={form.status} onValueChange={(value) => set("status", value as ProgramStatus)}>
                  <Select.Trigger id="program-status">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {STATUSES.map((status) => (
                      <Select.Item key={status} value={status}>
                        {humanize(status)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              <Field id="program-currency" label="Currency">
                <Input
                  id="program-currency"
                  value={form.currency_code}
                  maxLength={3}
                  onChange={(e) => set("currency_code", e.target.value)}
                  required
                />
              </Field>
            </div>
            <div className="grid grid-cols-2 gap-4">
              <Field id="program-from" label="Valid from">
                <Input
                  id="program-from"
                  type="date"
                  value={form.valid_from}
                  onChange={(e) => set("valid_from", e.target.value)}
                  required
                />
              </Field>
              <Field id="program-to" label="Valid to" optional>
                <Input id="program-to" type="date" value={form.valid_to} onChange={(e) => set("valid_to", e.target.value)} />
              </Field>
            </div>
            <div className="flex items-start gap-x-3">
              <Switch
                id="program-hold-overdue"
                checked={form.hold_overdue}
                onCheckedChange={(checked) => set("hold_overdue", checked)}
              />
              <div className="flex flex-col">
                <Label htmlFor="program-hold-overdue" size="small" weight="plus">
                  Hold rewards of dealers with overdue invoices
                </Label>
                <Text size="small" className="text-ui-fg-subtle">
                  Their accruals wait as held until they pay.
                </Text>
              </div>
            </div>
            <div className="flex items-center justify-between gap-x-2 pt-2">
              <div>
                <Text size="small" weight="plus">
                  Rules
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  Each rule pays on its own; a dealer earns the sum.
                </Text>
              </div>
              <DropdownMenu>
                <DropdownMenu.Trigger asChild>
                  <Button size="small" variant="secondary" type="button">
                    <Plus />
                    Add rule
                  </Button>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content align="end">
                  {(Object.keys(RULE_EXAMPLES) as RuleExample[]).map((example) => (
                    <DropdownMenu.Item key={example} onClick={() => addRule(example)}>
                      {RULE_EXAMPLES[example].label}
                    </DropdownMenu.Item>
                  ))}
                  <DropdownMenu.Item onClick={() => addRule(null)}>Empty rule</DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu>
            </div>
            {rules.map((rule, index) => (
              <RuleFields
                key={rule.key}
                draft={rule}
                idPrefix={`program-rule-${index}`}
                title={`Rule ${index + 1}`}
                errors={ruleErrors[index]}
                onChange={(patch) => updateRule(index, patch)}
                onRemove={() => removeRule(index)}
              />
            ))}
            {!rules.length && (
              <Text size="small" className="text-ui-fg-muted">
                No rules yet: the program can get them later, from its page.
              </Text>
            )}
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
