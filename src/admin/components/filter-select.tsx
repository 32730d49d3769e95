import { Select } from "@medusajs/ui"

export const ALL = "all"

type FilterSelectProps<T extends string> = {
  label: string
  allLabel: string
  value: T | typeof ALL
  options: readonly T[]
  optionLabels: Record<T, string>
  onChange: (value: T | typeof ALL) => void
  testId?: string
  /** A Tailwind width for options with longer labels. */
  width?: string
}

/** A list filter: "All …" or one of the options. */
export function FilterSelect<T extends string>(props: FilterSelectProps<T>) {
  return (
    <div className={props.width ?? "w-36"}>
      <Select size="small" value={props.value} onValueChange={(value) => props.onChange(value as T | typeof ALL)}>
        <Select.Trigger aria-label={props.label} data-testid={props.testId}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{props.allLabel}</Select.Item>
          {props.options.map((option) => (
            <Select.Item key={option} value={option}>
              {props.optionLabels[option]}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
