import type { FieldValues, Path, UseFormReturn } from "react-hook-form"
import { apiErrorParts, errorMessage } from "../../lib/errors"

/**
 * Runs a form's save and turns a refusal into form errors: the whole message
 * on the form (`root.api`), and each part that names a field ("code: taken")
 * at that field.
 */
export async function submitOrShowError<T extends FieldValues>(form: UseFormReturn<T, any, any>, save: () => Promise<void>) {
  form.clearErrors()
  try {
    await save()
  } catch (err) {
    const message = errorMessage(err)
    form.setError("root.api", { message })
    const values = form.getValues()
    for (const part of apiErrorParts(message)) {
      if (part.path && hasPath(values, part.path)) form.setError(part.path as Path<T>, { message: part.message })
    }
  }
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !(key in node)) return false
    node = (node as Record<string, unknown>)[key]
  }
  return true
}
