import { toast, usePrompt } from "@medusajs/ui"
import { useActivateAgreement } from "./use-dealer-agreements"
import { useTexts } from "./use-texts"
import { refusalText } from "../lib/errors"
import type { Agreement } from "../../types/dealer-network"

/** Activates a draft after saying what activation does; the outcome is told in a toast. */
export function useActivateAgreementPrompt() {
  const { t } = useTexts("contracts")
  const activate = useActivateAgreement()
  const prompt = usePrompt()
  const run = async (agreement: Pick<Agreement, "id" | "number" | "version">) => {
    const names = { number: agreement.number, version: agreement.version }
    const confirmed = await prompt({
      title: t("activate.title", names),
      description: t("activate.description"),
      confirmText: t("activate.confirm"),
      cancelText: t("actions.cancel"),
      variant: "confirmation",
    })
    if (!confirmed) return
    try {
      await activate.mutateAsync(agreement.id)
      toast.success(t("activate.done", names))
    } catch (err) {
      toast.error(refusalText(err))
    }
  }
  return { run, pendingId: activate.isPending ? activate.variables : undefined }
}
