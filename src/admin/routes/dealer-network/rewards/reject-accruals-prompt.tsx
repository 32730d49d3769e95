import { zodResolver } from "@hookform/resolvers/zod"
import { toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { TextareaField } from "../../../components/form/fields"
import { PromptForm } from "../../../components/form/prompt-form"
import { requiredText } from "../../../components/form/schema"
import { useRejectAccruals } from "../../../hooks/use-dealer-rewards"
import { countOf } from "../../../lib/numbers"

const schema = z.object({ reason: requiredText })

/** Reject…: the reason is kept with every accrual rejected. */
export const RejectAccrualsPrompt = ({ ids, onClose }: { ids: string[] | null; onClose: (done: boolean) => void }) => {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { reason: "" } })
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
      title={<>Reject {countOf(ids?.length ?? 0, "accrual")}</>}
      description="Rejected rewards never reach the wallets. The reason is kept with each of them."
      submitLabel="Reject"
      submitVariant="danger"
      submitDisabled={!form.watch("reason").trim()}
      onSubmit={async ({ reason }) => {
        if (!ids) return
        const result = await reject.mutateAsync({ ids, reason })
        toast.success(
          `Rejected ${countOf(result.rejected.length, "accrual")}${
            result.skipped.length ? `; ${result.skipped.length} skipped (already decided)` : ""
          }`
        )
        close(true)
      }}
    >
      <TextareaField name="reason" id="reject-accruals-reason" label="Reason" rows={3} required />
    </PromptForm>
  )
}
