import { clx, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A key figure in a bordered tile: label, value, and an optional hint below. */
export const Stat = ({
  label,
  children,
  hint,
  testId,
  className,
}: {
  label: string
  children: ReactNode
  hint?: ReactNode
  testId?: string
  className?: string
}) => (
  <div className="flex min-w-0 flex-col gap-y-0.5 rounded-lg border px-4 py-3" data-testid={testId}>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus" leading="compact" className={clx("truncate tabular-nums", className)}>
      {children}
    </Text>
    {hint && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted break-words">
        {hint}
      </Text>
    )}
  </div>
)

const WIDE_COLUMNS = { 2: "", 3: "lg:grid-cols-3", 4: "lg:grid-cols-4" }

/** Key figures ({@link Stat} tiles) side by side: two a row, up to `wide` on a wide screen. */
export const StatRow = ({
  children,
  wide = 4,
  className,
  testId,
}: {
  children: ReactNode
  wide?: keyof typeof WIDE_COLUMNS
  className?: string
  testId?: string
}) => (
  <div className={clx("grid grid-cols-2 gap-3", WIDE_COLUMNS[wide], className)} data-testid={testId}>
    {children}
  </div>
)
