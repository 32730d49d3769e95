import { Alert, Button, Prompt, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { Field } from "../../components/field"
import { useRejectAccruals } from "../../hooks/use-dealer-rewards"
import { errorMessage } from "../../lib/errors"
import { countOf } from "../../lib/numbers"

/** Reject…: the reason is kept with every accrual rejected. */
export const RejectAccrualsPrompt = ({ ids, onClose }: { ids: string[] | null; onClose: (done: boolean) => void }) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const reject = useRejectAccruals()

  const close = (done: boolean) => {
    setReason("")
    setError(null)
    onClose(done)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ids) return
    setError(null)
    try {
      const result = await reject.mutateAsync({ ids, reason: reason.trim() })
      toast.success(
        `Rejected ${countOf(result.rejected.length, "accrual")}${
          result.skipped.length ? `; ${result.skipped.length} skipped (already decided)` : ""
        }`
      )
      close(true)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Prompt open={!!ids} onOpenChange={(open) => !open && close(false)}>
      <Prompt.Content className="max-w-[480px]">
        <form onSubmit={onSubmit}>
          <Prompt.Header>
            <Prompt.Title>Reject {countOf(ids?.length ?? 0, "accrual")}</Prompt.Title>
            <Prompt.Description>
              Rejected rewards never reach the wallets. The reason is kept with each of them.
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-3 px-6 pt-4">
            {error && (
              <Alert variant="error" dismissible={false}>
                {error}
              </Alert>
            )}
            <Field id="reject-accruals-reason" label="Reason">
              <Textarea
                id="reject-accruals-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
                required
              />
            </Field>
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button size="small" variant="danger" type="submit" isLoading={reject.isPending} disabled={!reason.trim()}>
              Reject
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}

