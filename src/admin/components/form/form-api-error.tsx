import { Alert } from "@medusajs/ui"
import type { FieldValues, UseFormReturn } from "react-hook-form"

/** The API's refusal of the form's last save, shown above its fields. */
export function FormApiError<T extends FieldValues>({ form, testId }: { form: UseFormReturn<T, any, any>; testId?: string }) {
  const message = form.formState.errors.root?.api?.message
  if (!message) return null
  return (
    <Alert variant="error" dismissible={false} data-testid={testId}>
      {message}
    </Alert>
  )
}
