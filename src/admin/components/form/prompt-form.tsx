import { Button, Prompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FieldValues, FormProvider, UseFormReturn } from "react-hook-form"
import { useTexts } from "../../hooks/use-texts"
import { FormApiError } from "./form-api-error"
import { submitHandler } from "./submit"

type PromptFormProps<TIn extends FieldValues, TOut> = {
  form: UseFormReturn<TIn, any, TOut>
  open: boolean
  /** Told of every opening and closing, for a prompt with its own trigger. */
  onOpenChange: (open: boolean) => void
  /** The button that opens the prompt, when it has one. */
  trigger?: ReactNode
  title: ReactNode
  description: ReactNode
  onSubmit: (values: TOut) => Promise<void>
  submitLabel: string
  submitVariant?: "primary" | "danger"
  submitDisabled?: boolean
  errorTestId?: string
  children: ReactNode
}

/** A prompt asking for a few values: Cancel, and a submit that shows the save pending and the API's refusal. */
export function PromptForm<TIn extends FieldValues, TOut>(props: PromptFormProps<TIn, TOut>) {
  const { form } = props
  const { t } = useTexts("common")
  const onSubmit = submitHandler(form, props.onSubmit)

  return (
    <Prompt open={props.open} onOpenChange={props.onOpenChange}>
      {props.trigger && <Prompt.Trigger asChild>{props.trigger}</Prompt.Trigger>}
      <Prompt.Content className="max-w-[480px]">
        <FormProvider {...form}>
          <form onSubmit={onSubmit}>
            <Prompt.Header>
              <Prompt.Title>{props.title}</Prompt.Title>
              <Prompt.Description>{props.description}</Prompt.Description>
            </Prompt.Header>
            <div className="flex flex-col gap-y-3 px-6 pt-4">
              <FormApiError form={form} testId={props.errorTestId} />
              {props.children}
            </div>
            <Prompt.Footer>
              <Prompt.Cancel type="button">{t("cancel")}</Prompt.Cancel>
              <Button
                size="small"
                variant={props.submitVariant ?? "primary"}
                type="submit"
                isLoading={form.formState.isSubmitting}
                disabled={props.submitDisabled}
              >
                {props.submitLabel}
              </Button>
            </Prompt.Footer>
          </form>
        </FormProvider>
      </Prompt.Content>
    </Prompt>
  )
}
