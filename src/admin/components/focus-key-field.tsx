import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useController, useFormContext } from "react-hook-form"
import { useTargetNames } from "../hooks/use-dealer-plans"
import { useTexts } from "../hooks/use-texts"
import { parseFocusKey } from "../lib/rule-draft"
import type { TargetType } from "../../types/sales-plan"
import { CatalogPicker } from "./catalog-picker"
import { Field } from "./field"

const TYPES: TargetType[] = ["category", "product"]

/**
 * The product or category a focus metric looks at, kept in the form as the
 * API's "category:<id>" / "product:<id>"; shown by its name, picked by searching.
 */
export const FocusKeyField = ({ name, id }: { name: string; id: string }) => {
  const { t } = useTexts("rules")
  const { control } = useFormContext()
  const { field, fieldState } = useController({ control, name })
  const focus = parseFocusKey(field.value)
  const [type, setType] = useState<TargetType>(focus?.type ?? "category")
  const names = useTargetNames(focus ? [{ target_type: focus.type, target_ref: focus.id }] : []).data

  return (
    <Field id={id} label={t("focus.label")} error={fieldState.error?.message}>
      {focus ? (
        <div className="flex items-center justify-between gap-x-2 rounded-lg border px-3 py-1.5" data-testid="picked-focus">
          <Text size="small" className="truncate">
            <span className="text-ui-fg-subtle">{t(`focus.${focus.type}`)} · </span>
            <span className="font-medium">{names?.get(focus.id) ?? "…"}</span>
          </Text>
          <Button size="small" variant="transparent" type="button" onClick={() => field.onChange("")}>
            {t("focus.change")}
          </Button>
        </div>
      ) : (
        <div className="flex flex-col gap-y-2" aria-invalid={fieldState.invalid || undefined}>
          <div className="flex gap-x-1">
            {TYPES.map((option) => (
              <Button
                key={option}
                size="small"
                type="button"
                variant={option === type ? "secondary" : "transparent"}
                onClick={() => setType(option)}
              >
                {t(`focus.${option}`)}
              </Button>
            ))}
          </div>
          <CatalogPicker key={type} type={type} inputId={id} onPick={(item) => field.onChange(`${type}:${item.id}`)} />
        </div>
      )}
    </Field>
  )
}
