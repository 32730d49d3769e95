import { zodResolver } from "@hookform/resolvers/zod"
import { Plus } from "@medusajs/icons"
import { Button, DropdownMenu, Drawer, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useFieldArray, useForm, useWatch } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { useCreateRewardProgram } from "../hooks/use-dealer-rewards"
import { useTexts } from "../hooks/use-texts"
import { humanize, PERIOD_TYPE_LABELS } from "../lib/labels"
import { countOf } from "../lib/numbers"
import type { ProgramPeriodType, ProgramStatus } from "../../types/rewards"
import { DrawerForm } from "./form/drawer-form"
import { DateField, SelectField, SwitchField, TextareaField, TextField } from "./form/fields"
import { optionalText, requiredText } from "./form/schema"
import { newRuleDraft, RULE_EXAMPLES, RuleExample, RuleFields, ruleSchema } from "./reward-rule-fields"

const PERIOD_TYPES = Object.keys(PERIOD_TYPE_LABELS) as ProgramPeriodType[]
const STATUSES: ProgramStatus[] = ["draft", "active"]

const schema = z.object({
  code: requiredText,
  name: requiredText,
  description: optionalText,
  period_type: z.enum(PERIOD_TYPES as [ProgramPeriodType, ...ProgramPeriodType[]]),
  status: z.enum(STATUSES as [ProgramStatus, ...ProgramStatus[]]),
  currency_code: requiredText.transform((code) => code.toLowerCase()),
  valid_from: requiredText,
  valid_to: optionalText,
  hold_overdue: z.boolean(),
  rules: z.array(ruleSchema),
})

const today = () => new Date().toISOString().slice(0, 10)

const emptyForm = (t: (key: string) => string): z.input<typeof schema> => ({
  code: "",
  name: "",
  description: "",
  period_type: "month",
  status: "active",
  currency_code: "eur",
  valid_from: today(),
  valid_to: "",
  hold_overdue: false,
  rules: [newRuleDraft("rate", t)],
})

/**
 * "Create program": the program's fields and its rules, each in the rule
 * builder. The API checks every part; its 400 names the part
 * ("rules.1.definition.reward.tiers.1.from: …"), shown at the top and under
 * the rule it concerns.
 */
export const CreateProgramDrawer = () => {
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create program
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined} className="sm:max-w-[720px]">
        {open && <CreateProgramForm onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const CreateProgramForm = ({ onDone }: { onDone: () => void }) => {
  const navigate = useNavigate()
  const { t } = useTexts("rules")
  const form = useForm({ resolver: zodResolver(schema), defaultValues: emptyForm(t) })
  const currency = useWatch({ control: form.control, name: "currency_code" })
  const rules = useFieldArray({ control: form.control, name: "rules" })
  const create = useCreateRewardProgram()
  const error = form.formState.errors.root?.api?.message

  // The part in error comes into view: the first rule in error, else the message on top.
  useEffect(() => {
    if (!error) return
    const dialog = document.querySelector('[role="dialog"]')
    const target =
      dialog?.querySelector('[data-testid="rule-editor"][data-invalid="true"]') ??
      dialog?.querySelector('[data-testid="create-program-error"]')
    target?.scrollIntoView({ block: "nearest", behavior: "smooth" })
  }, [error])

  return (
    <DrawerForm
      form={form}
      title="Create reward program"
      errorTestId="create-program-error"
      submitLabel="Create"
      summarizeInvalid
      onSubmit={async (values) => {
        const { program } = await create.mutateAsync(values)
        toast.success(`Program ${program.code} created with ${countOf(program.rules.length, "rule")}`)
        onDone()
        navigate(`/dealer-network/rewards/${program.id}`)
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField
          name="code"
          id="program-code"
          label="Code"
          hint="Letters, digits, - and _ only."
          autoComplete="off"
          required
        />
        <TextField name="name" id="program-name" label="Name" required />
      </div>
      <TextareaField name="description" id="program-description" label="Description" optional rows={2} />
      <div className="grid grid-cols-3 gap-4">
        <SelectField
          name="period_type"
          id="program-period"
          label="Period"
          options={PERIOD_TYPES.map((type) => ({ value: type, label: PERIOD_TYPE_LABELS[type] }))}
        />
        <SelectField
          name="status"
          id="program-status"
          label="Status"
          options={STATUSES.map((status) => ({ value: status, label: humanize(status) }))}
        />
        <TextField name="currency_code" id="program-currency" label="Currency" maxLength={3} required />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <DateField name="valid_from" id="program-from" label="Valid from" required />
        <DateField name="valid_to" id="program-to" label="Valid to" optional />
      </div>
      <SwitchField
        name="hold_overdue"
        id="program-hold-overdue"
        label="Hold rewards of dealers with overdue invoices"
        hint="Their accruals wait as held until they pay."
      />
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
              <DropdownMenu.Item key={example} onClick={() => rules.append(newRuleDraft(example, t))}>
                {t(RULE_EXAMPLES[example].label)}
              </DropdownMenu.Item>
            ))}
            <DropdownMenu.Item onClick={() => rules.append(newRuleDraft(null, t))}>{t("examples.empty")}</DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu>
      </div>
      {rules.fields.map((field, index) => (
        <RuleFields
          key={field.id}
          path={`rules.${index}`}
          idPrefix={`program-rule-${index}`}
          currency={currency || "eur"}
          title={`Rule ${index + 1}`}
          onRemove={() => rules.remove(index)}
        />
      ))}
      {!rules.fields.length && (
        <Text size="small" className="text-ui-fg-muted">
          No rules yet: the program can get them later, from its page.
        </Text>
      )}
    </DrawerForm>
  )
}
