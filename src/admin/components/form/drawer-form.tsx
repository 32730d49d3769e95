import { Button, Drawer, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FieldValues, FormProvider, UseFormReturn } from "react-hook-form"
import { useTexts } from "../../hooks/use-texts"
import { FormApiError } from "./form-api-error"
import { submitHandler } from "./submit"

type DrawerFormProps<TIn extends FieldValues, TOut> = {
  form: UseFormReturn<TIn, any, TOut>
  title: ReactNode
  /** Saves the checked values; a thrown API error is shown on the form and at the field it names. */
  onSubmit: (values: TOut) => Promise<void>
  submitLabel?: string
  submitDisabled?: boolean
  submitTestId?: string
  errorTestId?: string
  /**
   * Lists what the form's own checks refused ("rules.1.definition: not valid
   * JSON") above the fields too, as the API lists its refusals.
   */
  summarizeInvalid?: boolean
  /** Left of Cancel, e.g. a Delete button. */
  footerStart?: ReactNode
  children: ReactNode
}

/**
 * A drawer's form: title, body, the API's refusal above the fields, and the
 * footer with Cancel and a Save that shows the save pending. Put it inside
 * `Drawer.Content`.
 */
export function DrawerForm<TIn extends FieldValues, TOut>(props: DrawerFormProps<TIn, TOut>) {
  const { form } = props
  const { t } = useTexts("common")
  const onSubmit = submitHandler(form, props.onSubmit, { summarizeInvalid: props.summarizeInvalid })

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{props.title}</Heading>
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          <FormApiError form={form} testId={props.errorTestId} />
          {props.children}
        </Drawer.Body>
        <Drawer.Footer>
          {props.footerStart}
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            type="submit"
            isLoading={form.formState.isSubmitting}
            disabled={props.submitDisabled}
            data-testid={props.submitTestId}
          >
            {props.submitLabel ?? t("save")}
          </Button>
        </Drawer.Footer>
      </form>
    </FormProvider>
  )
}
