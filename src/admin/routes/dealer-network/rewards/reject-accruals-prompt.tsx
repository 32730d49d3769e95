import { toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { TextareaField } from "../../../components/form/fields"
import { PromptForm } from "../../../components/form/prompt-form"
import { formResolver, requiredText } from "../../../components/form/schema"
import { useRejectAccruals } from "../../../hooks/use-dealer-rewards"
import { useTexts } from "../../../hooks/use-texts"
import { countOf } from "../../../lib/numbers"

const schema = z.object({ reason: requiredText })

/** Reject…: the reason is kept with every accrual rejected. */
export const RejectAccrualsPrompt = ({ ids, onClose }: { ids: string[] | null; onClose: (done: boolean) => void }) => {
  const { t } = useTexts("rewards")
  const form = useForm({ resolver: formResolver(schema), defaultValues: { reason: "" } })
  const reject = useRejectAccruals()

  const close = (done: boolean) => {
    form.reset()
    onClose(done)
  }

  return (
    <PromptForm
      form={form}
      open={!!ids}
      onOpenChange={(next) => !next && close(false)}
      title={t("reject.title", { accruals: countOf(ids?.length ?? 0, "accrual") })}
      description={t("reject.description")}
      submitLabel={t("reject.submit")}
      submitVariant="danger"
      submitDisabled={!form.watch("reason").trim()}
      onSubmit={async ({ reason }) => {
        if (!ids) return
        const result = await reject.mutateAsync({ ids, reason })
        const accruals = countOf(result.rejected.length, "accrual")
        toast.success(
          result.skipped.length
            ? t("reject.rejectedSkipped", { accruals, skipped: result.skipped.length })
            : t("reject.rejected", { accruals })
        )
        close(true)
      }}
    >
      <TextareaField name="reason" id="reject-accruals-reason" label={t("reject.reason")} rows={3} required />
    </PromptForm>
  )
}
