import { Trash } from "@medusajs/icons"
import { Alert, Badge, Button, Drawer, IconButton, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useFieldArray, useForm, useFormContext } from "react-hook-form"
import { z } from "zod"
import { useDeleteDealerPlan, useSaveDealerPlan } from "../hooks/use-dealer-plans"
import { useRewardAccruals } from "../hooks/use-dealer-rewards"
import { useTexts } from "../hooks/use-texts"
import { CatalogPicker } from "./catalog-picker"
import { formatMonth } from "../lib/dates"
import { refusalText } from "../lib/errors"
import { adminText } from "../lib/locale"
import type { Dealer } from "../../types/dealer-network"
import type { DealerPlan } from "../../types/sales-plan"
import { DrawerForm } from "./form/drawer-form"
import { NumberField, SelectField, TextareaField } from "./form/fields"
import { formResolver, optionalText } from "./form/schema"

const TARGET_TYPES = ["product", "category"] as const
const TARGET_METRICS = ["amount", "quantity"] as const

const targetSchema = z.object({
  target_type: z.enum(TARGET_TYPES),
  target_id: z.string().min(1, { error: () => adminText("dealerPage.plan.chooseTarget") }),
  /** The product's title or the category's name, for display ("" until known). */
  name: z.string(),
  label: z.string().nullable(),
  metric: z.enum(TARGET_METRICS),
  value: z.string(),
})

const schema = z.object({
  target_amount: z.string().trim().min(1, { error: () => adminText("dealerPage.plan.enterAmount") }).transform(Number),
  target_order_count: z.string().transform((count) => (count.trim() ? Number(count) : null)),
  note: optionalText,
  targets: z.array(targetSchema).transform((targets) =>
    targets.map((t) => ({
      target_type: t.target_type,
      target_id: t.target_id,
      metric: t.metric,
      target_value: Number(t.value),
      label: t.label,
    }))
  ),
})

type PlanValues = z.input<typeof schema>

const valuesOf = (plan: DealerPlan | null): PlanValues => ({
  target_amount: plan ? String(plan.target_amount) : "",
  target_order_count: plan?.target_order_count != null ? String(plan.target_order_count) : "",
  note: plan?.note ?? "",
  targets: (plan?.targets ?? []).map((t) => ({
    target_type: t.target_type,
    target_id: t.target_id,
    name: t.label ?? "",
    label: t.label,
    metric: t.metric,
    value: String(t.target_value),
  })),
})

const NEW_TARGET: PlanValues["targets"][number] = {
  target_type: "product",
  target_id: "",
  name: "",
  label: null,
  metric: "quantity",
  value: "",
}

const TargetEditor = ({
  index,
  currency,
  names,
  onRemove,
}: {
  index: number
  currency: string
  names?: Map<string, string>
  onRemove: () => void
}) => {
  const { t } = useTexts("dealerPage")
  const { watch, setValue, formState } = useFormContext<PlanValues>()
  const row = watch(`targets.${index}`)
  const missing = formState.errors.targets?.[index]?.target_id?.message
  const pick = (target: { target_id: string; name: string }) => {
    setValue(`targets.${index}.target_id`, target.target_id, { shouldValidate: formState.isSubmitted })
    setValue(`targets.${index}.name`, target.name)
    setValue(`targets.${index}.label`, null)
  }
  const id = `plan-target-${index}`
  return (
    <div className="flex flex-col gap-y-3 rounded-lg border p-3" data-testid="plan-target-row">
      <div className="flex items-end gap-x-2">
        <div className="flex-1">
          <SelectField
            name={`targets.${index}.target_type`}
            id={`${id}-type`}
            label={t("plan.focusOn")}
            size="small"
            options={TARGET_TYPES.map((type) => ({ value: type, label: t(`plan.types.${type}`) }))}
            onValueChange={() => pick({ target_id: "", name: "" })}
          />
        </div>
        <div className="flex-1">
          <SelectField
            name={`targets.${index}.metric`}
            id={`${id}-metric`}
            label={t("plan.measure")}
            size="small"
            options={TARGET_METRICS.map((metric) => ({ value: metric, label: t(`plan.metrics.${metric}`) }))}
          />
        </div>
        <IconButton size="small" variant="transparent" type="button" aria-label={t("plan.removeTarget")} onClick={onRemove}>
          <Trash />
        </IconButton>
      </div>
      {row.target_id ? (
        <div className="flex items-center justify-between gap-x-2">
          <div className="flex min-w-0 items-center gap-x-2">
            <Badge size="2xsmall" color="grey">
              {t(`plan.types.${row.target_type}`)}
            </Badge>
            <Text size="small" weight="plus" className="truncate">
              {row.name || names?.get(row.target_id) || row.target_id}
            </Text>
          </div>
          <Button size="small" variant="transparent" type="button" onClick={() => pick({ target_id: "", name: "" })}>
            {t("plan.change")}
          </Button>
        </div>
      ) : (
        <CatalogPicker
          type={row.target_type}
          inputId={`${id}-search`}
          onPick={(item) => pick({ target_id: item.id, name: item.name })}
        />
      )}
      {missing && (
        <Text size="small" className="text-ui-fg-error">
          {missing}
        </Text>
      )}
      <NumberField
        name={`targets.${index}.value`}
        id={`${id}-value`}
        label={row.metric === "amount" ? t("plan.targetAmount", { currency: currency.toUpperCase() }) : t("plan.targetQuantity")}
        size="small"
        step={row.metric === "amount" ? "0.01" : "1"}
      />
    </div>
  )
}

/**
 * "Set plan" / "Edit plan" button and the drawer that creates or updates the
 * dealer's plan for a month: target amount, order count, note, focus targets.
 */
export const SetPlanDrawer = ({
  dealer,
  period,
  plan,
  targetNames,
  disabled,
}: {
  dealer: Pick<Dealer, "id" | "code" | "currency_code">
  period: string
  /** The month's current plan, or null when it has none. */
  plan: DealerPlan | null
  targetNames?: Map<string, string>
  disabled?: boolean
}) => {
  const { t } = useTexts("dealerPage")
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={disabled}>
          {plan ? t("plan.edit") : t("plan.set")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {/* Each opening starts from the month's plan as it is now. */}
        {open && (
          <SetPlanForm
            dealer={dealer}
            period={period}
            plan={plan}
            targetNames={targetNames}
            onDone={() => setOpen(false)}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}

/** Said when the month's rewards were already closed: a period close left accruals for it. */
const ClosedPeriodWarning = ({ period }: { period: string }) => {
  const { t } = useTexts("warnings")
  const { data } = useRewardAccruals({ period_key: period, limit: 1 })
  if (!data?.count) return null
  return (
    <Alert variant="warning" data-testid="plan-closed-period-warning">
      <strong>{t("closedPlan.title", { month: formatMonth(period) })}</strong>{" "}
      {t("closedPlan.body", { month: formatMonth(period) })}
    </Alert>
  )
}

const SetPlanForm = ({
  dealer,
  period,
  plan,
  targetNames,
  onDone,
}: {
  dealer: Pick<Dealer, "id" | "code" | "currency_code">
  period: string
  plan: DealerPlan | null
  targetNames?: Map<string, string>
  onDone: () => void
}) => {
  const { t } = useTexts("dealerPage")
  const { t: common } = useTexts("common")
  const form = useForm({ resolver: formResolver(schema), defaultValues: valuesOf(plan) })
  const targets = useFieldArray({ control: form.control, name: "targets" })
  const savePlan = useSaveDealerPlan()
  const deletePlan = useDeleteDealerPlan()
  const prompt = usePrompt()
  const currency = plan?.currency_code ?? dealer.currency_code ?? ""

  const onDelete = async () => {
    if (!plan) return
    const confirmed = await prompt({
      title: t("plan.deleteTitle", { month: formatMonth(period) }),
      description: t("plan.deleteDescription", { code: dealer.code }),
      confirmText: t("plan.delete"),
      cancelText: common("cancel"),
    })
    if (!confirmed) return
    try {
      await deletePlan.mutateAsync(plan.id)
      toast.success(t("plan.deleted", { month: formatMonth(period) }))
      onDone()
    } catch (err) {
      form.setError("root.api", { message: refusalText(err) })
    }
  }

  return (
    <DrawerForm
      form={form}
      title={t("plan.title", { action: plan ? t("plan.edit") : t("plan.set"), month: formatMonth(period) })}
      errorTestId="set-plan-error"
      footerStart={
        plan && (
          <Button
            size="small"
            variant="danger"
            type="button"
            className="mr-auto"
            onClick={onDelete}
            isLoading={deletePlan.isPending}
          >
            {t("plan.deletePlan")}
          </Button>
        )
      }
      onSubmit={async ({ targets: planTargets, ...values }) => {
        await savePlan.mutateAsync({
          id: plan?.id,
          dealer_id: dealer.id,
          period,
          ...values,
          // An existing plan's targets are replaced by the form's; a new plan only sends some.
          ...(plan || planTargets.length ? { targets: planTargets } : {}),
        })
        toast.success(t("plan.saved", { month: formatMonth(period) }))
        onDone()
      }}
    >
      <ClosedPeriodWarning period={period} />
      <Text size="small" className="text-ui-fg-subtle">
        {t("plan.what", { code: dealer.code, month: formatMonth(period) })}
      </Text>
      <div className="grid grid-cols-2 gap-4">
        <NumberField
          name="target_amount"
          id="plan-target-amount"
          label={t("plan.targetAmount", { currency: currency.toUpperCase() })}
          step="0.01"
          placeholder="20000.00"
        />
        <NumberField
          name="target_order_count"
          id="plan-order-count"
          label={t("plan.orderCount")}
          optional
          step="1"
          inputMode="numeric"
          placeholder="40"
        />
      </div>
      <TextareaField name="note" id="plan-note" label={t("plan.note")} optional rows={2} />
      <div className="flex flex-col gap-y-3">
        <div className="flex items-center justify-between">
          <div>
            <Text size="small" weight="plus">
              {t("plan.focusTargets")} <span className="text-ui-fg-muted font-normal">{common("optional")}</span>
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("plan.focusHint")}
            </Text>
          </div>
          <Button size="small" variant="secondary" type="button" onClick={() => targets.append(NEW_TARGET)}>
            {t("plan.addFocusTarget")}
          </Button>
        </div>
        {targets.fields.map((field, index) => (
          <TargetEditor
            key={field.id}
            index={index}
            currency={currency}
            names={targetNames}
            onRemove={() => targets.remove(index)}
          />
        ))}
        {targets.fields.length === 0 && (
          <Text size="small" className="text-ui-fg-muted">
            {t("plan.noFocusTargets")}
          </Text>
        )}
      </div>
    </DrawerForm>
  )
}
