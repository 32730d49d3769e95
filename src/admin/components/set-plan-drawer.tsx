import { Trash } from "@medusajs/icons"
import {
  Alert,
  Badge,
  Button,
  Drawer,
  Heading,
  IconButton,
  Input,
  Select,
  Skeleton,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useDebounced } from "../hooks/use-debounced"
import {
  CatalogItem,
  PlanTargetInput,
  useCatalogSearch,
  useDeleteDealerPlan,
  useSaveDealerPlan,
} from "../hooks/use-dealer-plans"
import { errorMessage, formatMonth } from "../lib/format"
import type { Dealer } from "../../types/dealer-network"
import type { DealerPlan, TargetMetric, TargetType } from "../../types/sales-plan"
import { Field } from "./field"

type TargetRow = {
  key: string
  target_type: TargetType
  target_id: string
  /** The product's title or the category's name, for display ("" until known). */
  name: string
  label: string | null
  metric: TargetMetric
  value: string
}

type FormState = {
  target_amount: string
  target_order_count: string
  note: string
  targets: TargetRow[]
}

let rowSeq = 0
const nextKey = () => `target-${++rowSeq}`

const formFromPlan = (plan: DealerPlan | null): FormState => ({
  target_amount: plan ? String(plan.target_amount) : "",
  target_order_count: plan?.target_order_count != null ? String(plan.target_order_count) : "",
  note: plan?.note ?? "",
  targets: (plan?.targets ?? []).map((t) => ({
    key: nextKey(),
    target_type: t.target_type,
    target_id: t.target_id,
    name: t.label ?? "",
    label: t.label,
    metric: t.metric,
    value: String(t.target_value),
  })),
})

const TYPE_LABELS: Record<TargetType, string> = { product: "Product", category: "Category" }
const METRIC_LABELS: Record<TargetMetric, string> = { amount: "Amount", quantity: "Quantity" }

/** Search products or categories and pick one. */
const CatalogPicker = ({
  type,
  onPick,
  inputId,
}: {
  type: TargetType
  onPick: (item: CatalogItem) => void
  inputId: string
}) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search)
  const { data, isFetching, isError, error } = useCatalogSearch(type, q, true)
  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={inputId}
        size="small"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={type === "product" ? "Search products" : "Search categories"}
        autoComplete="off"
      />
      <div className="flex max-h-48 flex-col divide-y overflow-y-auto rounded-lg border">
        {isFetching && !data && <Skeleton className="m-2 h-5" />}
        {isError && (
          <Text size="small" className="text-ui-fg-error p-2">
            {errorMessage(error)}
          </Text>
        )}
        {data?.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle p-2">
            {q.trim() ? `No ${type === "product" ? "products" : "categories"} match "${q.trim()}".` : "None yet."}
          </Text>
        )}
        {data?.map((item) => (
          <button
            key={item.id}
            type="button"
            className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-2 px-2 py-1.5 text-left"
            onClick={() => onPick(item)}
          >
            <Text size="small" weight="plus" className="truncate">
              {item.name}
            </Text>
            {item.detail && (
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {item.detail}
              </Text>
            )}
          </button>
        ))}
      </div>
    </div>
  )
}

const TargetEditor = ({
  row,
  index,
  currency,
  names,
  onChange,
  onRemove,
}: {
  row: TargetRow
  index: number
  currency: string
  names?: Map<string, string>
  onChange: (patch: Partial<TargetRow>) => void
  onRemove: () => void
}) => {
  const id = `plan-target-${index}`
  return (
    <div className="flex flex-col gap-y-3 rounded-lg border p-3" data-testid="plan-target-row">
      <div className="flex items-end gap-x-2">
        <div className="flex-1">
          <Field id={`${id}-type`} label="Focus on">
            <Select
              size="small"
              value={row.target_type}
              onValueChange={(value) =>
                onChange({ target_type: value as TargetType, target_id: "", name: "", label: null })
              }
            >
              <Select.Trigger id={`${id}-type`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(Object.keys(TYPE_LABELS) as TargetType[]).map((t) => (
                  <Select.Item key={t} value={t}>
                    {TYPE_LABELS[t]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
        </div>
        <div className="flex-1">
          <Field id={`${id}-metric`} label="Measure">
            <Select
              size="small"
              value={row.metric}
              onValueChange={(value) => onChange({ metric: value as TargetMetric })}
            >
              <Select.Trigger id={`${id}-metric`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(Object.keys(METRIC_LABELS) as TargetMetric[]).map((m) => (
                  <Select.Item key={m} value={m}>
                    {METRIC_LABELS[m]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
        </div>
        <IconButton size="small" variant="transparent" type="button" aria-label="Remove focus target" onClick={onRemove}>
          <Trash />
        </IconButton>
      </div>
      {row.target_id ? (
        <div className="flex items-center justify-between gap-x-2">
          <div className="flex min-w-0 items-center gap-x-2">
            <Badge size="2xsmall" color="grey">
              {TYPE_LABELS[row.target_type]}
            </Badge>
            <Text size="small" weight="plus" className="truncate">
              {row.name || names?.get(row.target_id) || row.target_id}
            </Text>
          </div>
          <Button
            size="small"
            variant="transparent"
            type="button"
            onClick={() => onChange({ target_id: "", name: "", label: null })}
          >
            Change
          </Button>
        </div>
      ) : (
        <CatalogPicker
          type={row.target_type}
          inputId={`${id}-search`}
          onPick={(item) => onChange({ target_id: item.id, name: item.name, label: null })}
        />
      )}
      <Field
        id={`${id}-value`}
        label={row.metric === "amount" ? `Target amount (${currency.toUpperCase()})` : "Target quantity (units)"}
      >
        <Input
          id={`${id}-value`}
          size="small"
          type="number"
          step={row.metric === "amount" ? "0.01" : "1"}
          inputMode="decimal"
          value={row.value}
          onChange={(e) => onChange({ value: e.target.value })}
        />
      </Field>
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
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FormState>(() => formFromPlan(plan))
  const [error, setError] = useState<string | null>(null)
  const savePlan = useSaveDealerPlan()
  const deletePlan = useDeleteDealerPlan()
  const prompt = usePrompt()
  const currency = plan?.currency_code ?? dealer.currency_code ?? ""

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    setError(null)
    savePlan.reset()
    // Each opening starts from the month's plan as it is now.
    if (next) setForm(formFromPlan(plan))
  }

  const set = (key: "target_amount" | "target_order_count" | "note") => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }))

  const updateTarget = (key: string, patch: Partial<TargetRow>) =>
    setForm((f) => ({ ...f, targets: f.targets.map((t) => (t.key === key ? { ...t, ...patch } : t)) }))

  const addTarget = () =>
    setForm((f) => ({
      ...f,
      targets: [
        ...f.targets,
        { key: nextKey(), target_type: "product", target_id: "", name: "", label: null, metric: "quantity", value: "" },
      ],
    }))

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    if (!form.target_amount.trim()) {
      setError("Enter the month's target amount.")
      return
    }
    if (form.targets.some((t) => !t.target_id)) {
      setError("Choose a product or category for every focus target, or remove the empty ones.")
      return
    }
    const targets: PlanTargetInput[] = form.targets.map((t) => ({
      target_type: t.target_type,
      target_id: t.target_id,
      metric: t.metric,
      target_value: Number(t.value),
      label: t.label,
    }))
    try {
      await savePlan.mutateAsync({
        id: plan?.id,
        dealer_id: dealer.id,
        period,
        target_amount: Number(form.target_amount),
        target_order_count: form.target_order_count.trim() ? Number(form.target_order_count) : null,
        note: form.note.trim() || null,
        // An existing plan's targets are replaced by the form's; a new plan only sends some.
        ...(plan || targets.length ? { targets } : {}),
      })
      toast.success(`Plan for ${formatMonth(period)} saved`)
      onOpenChange(false)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  const onDelete = async () => {
    if (!plan) return
    const confirmed = await prompt({
      title: `Delete the plan for ${formatMonth(period)}?`,
      description: `${dealer.code} will have no plan for the month. Sales already credited stay in the ledger.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await deletePlan.mutateAsync(plan.id)
      toast.success(`Plan for ${formatMonth(period)} deleted`)
      onOpenChange(false)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={disabled}>
          {plan ? "Edit plan" : "Set plan"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>
                {plan ? "Edit plan" : "Set plan"} · {formatMonth(period)}
              </Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {error && (
              <Alert variant="error" dismissible={false} data-testid="set-plan-error">
                {error}
              </Alert>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              {dealer.code}'s sales target for {formatMonth(period)}. Progress counts the orders its buyers
              place in the month, net of cancellations and returns.
            </Text>
            <div className="grid grid-cols-2 gap-4">
              <Field id="plan-target-amount" label={`Target amount (${currency.toUpperCase()})`}>
                <Input
                  id="plan-target-amount"
                  name="target_amount"
                  type="number"
                  step="0.01"
                  inputMode="decimal"
                  value={form.target_amount}
                  onChange={(e) => set("target_amount")(e.target.value)}
                  placeholder="20000.00"
                />
              </Field>
              <Field id="plan-order-count" label="Order count" optional>
                <Input
                  id="plan-order-count"
                  name="target_order_count"
                  type="number"
                  step="1"
                  inputMode="numeric"
                  value={form.target_order_count}
                  onChange={(e) => set("target_order_count")(e.target.value)}
                  placeholder="40"
                />
              </Field>
            </div>
            <Field id="plan-note" label="Note" optional>
              <Textarea
                id="plan-note"
                name="note"
                rows={2}
                value={form.note}
                onChange={(e) => set("note")(e.target.value)}
              />
            </Field>
            <div className="flex flex-col gap-y-3">
              <div className="flex items-center justify-between">
                <div>
                  <Text size="small" weight="plus">
                    Focus targets <span className="text-ui-fg-muted font-normal">(Optional)</span>
                  </Text>
                  <Text size="small" className="text-ui-fg-subtle">
                    Products or categories to push this month, by amount or units.
                  </Text>
                </div>
                <Button size="small" variant="secondary" type="button" onClick={addTarget}>
                  Add focus target
                </Button>
              </div>
              {form.targets.map((row, index) => (
                <TargetEditor
                  key={row.key}
                  row={row}
                  index={index}
                  currency={currency}
                  names={targetNames}
                  onChange={(patch) => updateTarget(row.key, patch)}
                  onRemove={() => setForm((f) => ({ ...f, targets: f.targets.filter((t) => t.key !== row.key) }))}
                />
              ))}
              {form.targets.length === 0 && (
                <Text size="small" className="text-ui-fg-muted">
                  No focus targets.
                </Text>
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            {plan && (
              <Button
                size="small"
                variant="danger"
                type="button"
                className="mr-auto"
                onClick={onDelete}
                isLoading={deletePlan.isPending}
              >
                Delete plan
              </Button>
            )}
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={savePlan.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
