import { StatusBadge, toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useDecideMaterialRequest } from "../hooks/use-dealer-materials"
import { useTexts } from "../hooks/use-texts"
import { MATERIAL_REQUEST_STATUS_COLORS, useLabels } from "../lib/labels"
import { formatNumber } from "../lib/numbers"
import type { MaterialRequest, MaterialRequestStatus } from "../../types/engagement"
import { TextareaField, TextField } from "./form/fields"
import { PromptForm } from "./form/prompt-form"
import { formResolver, optionalText } from "./form/schema"

export const MaterialRequestStatusBadge = ({ status }: { status: MaterialRequestStatus }) => {
  const labels = useLabels()
  return <StatusBadge color={MATERIAL_REQUEST_STATUS_COLORS[status]}>{labels.materialRequestStatus[status]}</StatusBadge>
}

/** "3 × POSTER-A1, 2 × KIT-SOCIAL" */
export const linesSummary = (request: MaterialRequest) =>
  request.lines.map((line) => `${formatNumber(line.quantity)} × ${line.code}`).join(", ")

/** Where it ships: "München, DE". */
export const shipsTo = (request: MaterialRequest) =>
  [request.shipping_address?.city, request.shipping_address?.country_code?.toUpperCase()].filter(Boolean).join(", ") || "-"

export type Decision = { request: MaterialRequest; action: "ship" | "reject" }

const shipSchema = z.object({ tracking_note: optionalText })
const rejectSchemaOf = (t: ReturnType<typeof useTexts>["t"]) =>
  z.object({ reason: z.string().trim().min(1, t("required")) })

/** Ship… (a tracking note) and Reject… (a reason; the points and the stock go back) of one request. */
export const MaterialRequestPrompts = ({ decision, onClose }: { decision: Decision | null; onClose: () => void }) => (
  <>
    <ShipPrompt request={decision?.action === "ship" ? decision.request : null} onClose={onClose} />
    <RejectPrompt request={decision?.action === "reject" ? decision.request : null} onClose={onClose} />
  </>
)

const ShipPrompt = ({ request, onClose }: { request: MaterialRequest | null; onClose: () => void }) => {
  const { t } = useTexts("materials")
  const form = useForm({ resolver: formResolver(shipSchema), defaultValues: { tracking_note: "" } })
  const decide = useDecideMaterialRequest()
  useEffect(() => form.reset({ tracking_note: "" }), [request?.id])
  return (
    <PromptForm
      form={form}
      open={!!request}
      onOpenChange={(open) => !open && onClose()}
      title={t("markAsShipped")}
      description={
        request
          ? t("shipDescription", { lines: linesSummary(request), company: request.shipping_address.company, place: shipsTo(request) })
          : ""
      }
      submitLabel={t("markShipped")}
      errorTestId="ship-error"
      onSubmit={async ({ tracking_note }) => {
        if (!request) return
        await decide.mutateAsync({ id: request.id, action: "ship", tracking_note })
        toast.success(t("shippedToast"))
        onClose()
      }}
    >
      <TextField name="tracking_note" id="ship-tracking" label={t("trackingNote")} placeholder="DHL 0034 0434 …" optional />
    </PromptForm>
  )
}

const RejectPrompt = ({ request, onClose }: { request: MaterialRequest | null; onClose: () => void }) => {
  const { t } = useTexts("materials")
  const rejectSchema = useMemo(() => rejectSchemaOf(t), [t])
  const form = useForm({ resolver: formResolver(rejectSchema), defaultValues: { reason: "" } })
  const decide = useDecideMaterialRequest()
  useEffect(() => form.reset({ reason: "" }), [request?.id])
  return (
    <PromptForm
      form={form}
      open={!!request}
      onOpenChange={(open) => !open && onClose()}
      title={t("rejectTitle")}
      description={request ? t("rejectDescription", { points: formatNumber(request.total_points) }) : ""}
      submitLabel={t("rejectSubmit")}
      submitVariant="danger"
      submitDisabled={!form.watch("reason").trim()}
      errorTestId="reject-error"
      onSubmit={async ({ reason }) => {
        if (!request) return
        await decide.mutateAsync({ id: request.id, action: "reject", reason })
        toast.success(t("rejectedToast"))
        onClose()
      }}
    >
      <TextareaField name="reason" id="reject-reason" label={t("reason")} rows={3} required />
    </PromptForm>
  )
}
