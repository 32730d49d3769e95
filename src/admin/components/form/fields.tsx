import { Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { Controller, useFormContext } from "react-hook-form"
import { DayPicker } from "../day-picker"
import { Field } from "../field"

type FieldProps = {
  /** The value's path in the form. */
  name: string
  id: string
  label: string
  optional?: boolean
  hint?: ReactNode
}

type InputProps = Omit<ComponentProps<typeof Input>, "name" | "id" | "value" | "onChange" | "onBlur">

/** A labelled control bound to the form's value at `name`, with the error about it. */
function Bound({
  name,
  id,
  label,
  optional,
  hint,
  render,
}: FieldProps & {
  render: (field: { name: string; value: any; onChange: (value: any) => void; onBlur: () => void; invalid: boolean }) => ReactNode
}) {
  const { control } = useFormContext()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} name={name} label={label} optional={optional} hint={hint} error={fieldState.error?.message}>
          {render({ ...field, invalid: !!fieldState.error })}
        </Field>
      )}
    />
  )
}

export const TextField = ({ name, id, label, optional, hint, ...input }: FieldProps & InputProps) => (
  <Bound
    {...{ name, id, label, optional, hint }}
    render={(field) => (
      <Input
        id={id}
        aria-invalid={field.invalid || undefined}
        {...input}
        name={field.name}
        value={field.value ?? ""}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
      />
    )}
  />
)

/** A decimal kept as the text typed: the API reads amounts as decimal strings. */
export const NumberField = (props: FieldProps & InputProps) => <TextField type="number" inputMode="decimal" {...props} />

/** An amount in a currency: "Amount (EUR)", to the cent. */
export const MoneyField = ({ currency, label, ...props }: FieldProps & InputProps & { currency: string }) => (
  <NumberField step="0.01" {...props} label={`${label} (${currency.toUpperCase()})`} />
)

/** A month as "YYYY-MM". */
export const MonthField = (props: FieldProps & InputProps) => <TextField type="month" {...props} />

/** A day as "YYYY-MM-DD" (a moment as "YYYY-MM-DDTHH:mm" with `withTime`, in the user's time zone), written in the admin's language. */
export const DateField = ({ withTime, disabled, ...props }: FieldProps & { withTime?: boolean; disabled?: boolean }) => (
  <Bound
    {...props}
    render={(field) => (
      <DayPicker
        testId={props.id}
        label={props.label}
        withTime={withTime}
        disabled={disabled}
        value={field.value ?? ""}
        onChange={field.onChange}
        onBlur={field.onBlur}
        invalid={field.invalid}
      />
    )}
  />
)

export const DateTimeField = (props: FieldProps & { disabled?: boolean }) => <DateField withTime {...props} />

export const TextareaField = ({
  name,
  id,
  label,
  optional,
  hint,
  ...textarea
}: FieldProps & Omit<ComponentProps<typeof Textarea>, "name" | "id" | "value" | "onChange" | "onBlur">) => (
  <Bound
    {...{ name, id, label, optional, hint }}
    render={(field) => (
      <Textarea
        id={id}
        {...textarea}
        name={field.name}
        value={field.value ?? ""}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
        aria-invalid={field.invalid || undefined}
      />
    )}
  />
)

export type SelectOption = { value: string; label: ReactNode }

export const SelectField = ({
  options,
  placeholder,
  size,
  disabled,
  triggerTestId,
  onValueChange,
  children,
  ...props
}: FieldProps & {
  options: SelectOption[]
  placeholder?: string
  size?: "small" | "base"
  disabled?: boolean
  triggerTestId?: string
  /** Also told of each pick, e.g. to clear a value that depends on this one. */
  onValueChange?: (value: string) => void
  /** Below the select: what the picked option means. */
  children?: ReactNode
}) => (
  <Bound
    {...props}
    render={(field) => (
      <>
        <Select
          size={size}
          value={field.value ?? ""}
          disabled={disabled}
          onValueChange={(value) => {
            field.onChange(value)
            onValueChange?.(value)
          }}
        >
          <Select.Trigger id={props.id} data-testid={triggerTestId} aria-invalid={field.invalid || undefined}>
            <Select.Value placeholder={placeholder} />
          </Select.Trigger>
          <Select.Content>
            {options.map((option) => (
              <Select.Item key={option.value} value={option.value}>
                {option.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {children}
      </>
    )}
  />
)

/** An on/off setting with what it does beside it. */
export const SwitchField = ({ name, id, label, hint }: Omit<FieldProps, "optional">) => {
  const { control } = useFormContext()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="flex items-start gap-x-3">
          {/* A long hint beside it must not squeeze the switch to its thumb. */}
          <Switch id={id} className="shrink-0" checked={!!field.value} onCheckedChange={field.onChange} />
          <div className="flex flex-col">
            <Label htmlFor={id} size="small" weight="plus">
              {label}
            </Label>
            {hint && (
              <Text size="small" className="text-ui-fg-subtle">
                {hint}
              </Text>
            )}
          </div>
        </div>
      )}
    />
  )
}
