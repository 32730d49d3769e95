import type { FieldErrors, FieldValues, Path, UseFormReturn } from "react-hook-form"
import { apiErrorParts, errorMessage } from "../../lib/errors"
import { apiIssueText } from "../../lib/validation-text"

/**
 * Runs a form's save and turns a refusal into form errors, in the admin's
 * language where it has words for them: the whole message on the form
 * (`root.api`), and each part that names a field ("code: taken") at that field.
 */
export async function submitOrShowError<T extends FieldValues>(form: UseFormReturn<T, any, any>, save: () => Promise<void>) {
  form.clearErrors()
  try {
    await save()
  } catch (err) {
    const values = form.getValues()
    const parts = apiErrorParts(errorMessage(err)).map((part) => ({
      ...part,
      message: apiIssueText(part.message, part.path),
      atField: !!part.path && hasPath(values, part.path),
    }))
    // Above the fields a part names its field by the label the form shows, not by the API's path.
    const summary = parts.map((part) => {
      const name = part.atField ? fieldLabel(part.path!) : part.path
      return name ? `${name}: ${part.message}` : part.message
    })
    form.setError("root.api", { message: summary.join("; ") })
    for (const part of parts) {
      if (part.atField) form.setError(part.path as Path<T>, { message: part.message })
    }
  }
}

/**
 * The form's submit handler: checks the values, saves, and shows a refusal on
 * the form; with `summarizeInvalid`, also lists what the form's own checks
 * refused above the fields, as the API lists its refusals.
 */
export function submitHandler<TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, any, TOut>,
  save: (values: TOut) => Promise<void>,
  options: { summarizeInvalid?: boolean } = {}
) {
  return form.handleSubmit(
    (values) => submitOrShowError(form, () => save(values)),
    (errors) => {
      if (options.summarizeInvalid) form.setError("root.api", { message: errorSummary(errors) })
    }
  )
}

/** The label of the form's field at `path` (fields.tsx marks each with data-field), if one is shown. */
function fieldLabel(path: string): string | null {
  const field = Array.from(document.querySelectorAll<HTMLElement>("[data-field]")).find((element) => element.dataset.field === path)
  return field?.dataset.fieldLabel ?? null
}

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !(key in node)) return false
    node = (node as Record<string, unknown>)[key]
  }
  return true
}

/** The form's errors in one line, each with its path: "code: Required; rules.1.definition: not valid JSON". */
export function errorSummary(errors: FieldErrors, prefix = ""): string {
  const lines: string[] = []
  for (const [key, error] of Object.entries(errors)) {
    if (!error || key === "root") continue
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof error.message === "string" && error.message) lines.push(`${path}: ${error.message}`)
    else if (typeof error === "object") lines.push(errorSummary(error as FieldErrors, path))
  }
  return lines.filter(Boolean).join("; ")
}
