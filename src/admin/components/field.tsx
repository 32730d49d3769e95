import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTexts } from "../hooks/use-texts"

/** A labelled form control, as the dashboard lays out its forms, with the error about it. */
export const Field = ({
  id,
  name,
  label,
  optional,
  hint,
  error,
  children,
}: {
  id: string
  /** The value's path in its form: a refusal of the API above the form names the field by this label (form/submit.ts). */
  name?: string
  label: string
  optional?: boolean
  hint?: ReactNode
  error?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2" data-field={name} data-field-label={name && label}>
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <OptionalMark />}
    </Label>
    {children}
    {hint && (
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    {error && (
      <Text size="small" className="text-ui-fg-error" data-testid={`${id}-error`}>
        {error}
      </Text>
    )}
  </div>
)

const OptionalMark = () => {
  const { t } = useTexts("common")
  return <span className="text-ui-fg-muted font-normal"> {t("optional")}</span>
}

/** One label/value row of a details section. */
export const InfoRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base break-words">{children ?? "-"}</div>
  </div>
)
