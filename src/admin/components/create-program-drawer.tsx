import { Plus } from "@medusajs/icons"
import { Button, DropdownMenu, Drawer, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useFieldArray, useForm, useWatch } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { useCreateRewardProgram } from "../hooks/use-dealer-rewards"
import { useTexts } from "../hooks/use-texts"
import type { ProgramPeriodType, ProgramStatus } from "../../types/rewards"
import { DrawerForm } from "./form/drawer-form"
import { DateField, SelectField, SwitchField, TextareaField, TextField } from "./form/fields"
import { formResolver, optionalText, requiredText } from "./form/schema"
import { newRuleDraft, RULE_EXAMPLES, RuleExample, RuleFields, ruleSchema } from "./reward-rule-fields"
import { RuleDraftSimulation } from "./rule-draft-simulation"

const PERIOD_TYPES: ProgramPeriodType[] = ["month", "quarter", "year"]
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
 * builder, the first one with the live simulation a program's page shows.
 * The API checks every part; its 400 names the part
 * ("rules.1.definition.reward.tiers.1.from: …"), shown at the top and under
 * the rule it concerns.
 */
export const CreateProgramDrawer = () => {
  const { t } = useTexts("rules")
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("create.open")}
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
  const form = useForm({ resolver: formResolver(schema), defaultValues: emptyForm(t) })
  const currency = useWatch({ control: form.control, name: "currency_code" })
  const periodType = useWatch({ control: form.control, name: "period_type" })
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
      title={t("create.title")}
      errorTestId="create-program-error"
      submitLabel={t("create.submit")}
      summarizeInvalid
      onSubmit={async (values) => {
        const { program } = await create.mutateAsync(values)
        toast.success(t("create.created", { code: program.code, count: program.rules.length }))
        onDone()
        navigate(`/dealer-network/rewards/${program.id}`)
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField
          name="code"
          id="program-code"
          label={t("create.code")}
          hint={t("create.codeHint")}
          autoComplete="off"
          required
        />
        <TextField name="name" id="program-name" label={t("create.name")} required />
      </div>
      <TextareaField name="description" id="program-description" label={t("create.description")} optional rows={2} />
      <div className="grid grid-cols-3 gap-4">
        <SelectField
          name="period_type"
          id="program-period"
          label={t("create.period")}
          options={PERIOD_TYPES.map((type) => ({ value: type, label: t(`create.periodTypes.${type}`) }))}
        />
        <SelectField
          name="status"
          id="program-status"
          label={t("create.status")}
          options={STATUSES.map((status) => ({ value: status, label: t(`create.statuses.${status}`) }))}
        />
        <TextField name="currency_code" id="program-currency" label={t("create.currency")} maxLength={3} className="uppercase" required />
      </div>
      <div className="grid grid-cols-2 gap-4">
        <DateField name="valid_from" id="program-from" label={t("create.validFrom")} />
        <DateField name="valid_to" id="program-to" label={t("create.validTo")} optional />
      </div>
      <SwitchField
        name="hold_overdue"
        id="program-hold-overdue"
        label={t("create.holdOverdue")}
        hint={t("create.holdOverdueHint")}
      />
      <div className="flex items-center justify-between gap-x-2 pt-2">
        <div>
          <Text size="small" weight="plus">
            {t("create.rules")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("create.rulesHint")}
          </Text>
        </div>
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <Button size="small" variant="secondary" type="button">
              <Plus />
              {t("drawer.add")}
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
        <div key={field.id} className="flex flex-col gap-y-4">
          <RuleFields
            path={`rules.${index}`}
            idPrefix={`program-rule-${index}`}
            currency={currency || "eur"}
            title={t("create.ruleTitle", { n: index + 1 })}
            onRemove={() => rules.remove(index)}
          />
          {index === 0 && (
            // Remounted when the period type changes: its period field starts at the current period of that type.
            <RuleDraftSimulation key={periodType} program={{ period_type: periodType, currency_code: currency.toLowerCase() }} rulePath="rules.0." />
          )}
        </div>
      ))}
      {!rules.fields.length && (
        <Text size="small" className="text-ui-fg-muted">
          {t("create.noRules")}
        </Text>
      )}
    </DrawerForm>
  )
}
