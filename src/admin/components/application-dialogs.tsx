import { Drawer, Text, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { useApproveApplication, useRejectApplication } from "../hooks/use-dealer-applications"
import { useDealers } from "../hooks/use-dealers"
import { useTexts } from "../hooks/use-texts"
import { parentRolesFor, useLabels } from "../lib/labels"
import { DEALER_ROLES } from "../../types/dealer-network"
import type { DealerApplication } from "../../types/dealer-network"
import { DrawerForm } from "./form/drawer-form"
import { SelectField, TextareaField, TextField } from "./form/fields"
import { PromptForm } from "./form/prompt-form"
import { formResolver, NO_PARENT, optionalText, parentOptionsOf, requiredText } from "./form/schema"

/** A code suggestion from the company name: letters and digits, upper case. */
function suggestCode(name: string) {
  const base = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toUpperCase()
    .slice(0, 24)
  return base || ""
}

/** Approve: asks for the new dealer's code (and optionally role, parent, a note). */
export const ApproveApplicationDrawer = ({
  application,
  onClose,
}: {
  application: DealerApplication | null
  onClose: () => void
}) => {
  const open = !!application
  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content aria-describedby={undefined}>
        {application && <ApproveForm key={application.id} application={application} onClose={onClose} />}
      </Drawer.Content>
    </Drawer>
  )
}

const approveSchema = z.object({
  code: requiredText,
  role: z.enum(DEALER_ROLES),
  parent_id: z.string().transform((id) => (id === NO_PARENT ? null : id)),
  review_note: optionalText,
})

const ApproveForm = ({ application, onClose }: { application: DealerApplication; onClose: () => void }) => {
  const form = useForm({
    resolver: formResolver(approveSchema),
    defaultValues: {
      code: suggestCode(application.company_name),
      role: application.requested_role ?? "dealer",
      parent_id: NO_PARENT,
      review_note: "",
    },
  })
  const approve = useApproveApplication()
  const navigate = useNavigate()
  const { t } = useTexts("applications")
  const { t: dealers } = useTexts("dealers")
  const labels = useLabels()
  const role = form.watch("role")
  const parentRoles = parentRolesFor(role)
  const parents = useDealers(
    { role: parentRoles, limit: 100, order: "code", fields: "id,code,name,role" },
    { enabled: parentRoles.length > 0 }
  )
  const parentOptions = parentRoles.length ? parents.data?.dealers ?? [] : []

  return (
    <DrawerForm
      form={form}
      title={t("approveForm.title")}
      submitLabel={t("approveForm.submit")}
      onSubmit={async (values) => {
        const { dealer, agreement } = await approve.mutateAsync({ id: application.id, ...values })
        toast.success(t("approved", { company: application.company_name, code: dealer.code }))
        onClose()
        navigate(`/dealer-network/dealers/${dealer.id}/agreements/${agreement.id}`)
      }}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("approveForm.what", { company: application.company_name })}
      </Text>
      <TextField
        name="code"
        id="approve-code"
        label={t("approveForm.code")}
        hint={t("approveForm.codeHint")}
        autoComplete="off"
        required
      />
      <SelectField
        name="role"
        id="approve-role"
        label={t("approveForm.role")}
        options={DEALER_ROLES.map((value) => ({ value, label: labels.role[value] }))}
        onValueChange={() => form.setValue("parent_id", NO_PARENT)}
      />
      <SelectField
        name="parent_id"
        id="approve-parent"
        label={t("approveForm.parent")}
        optional={role !== "sub_dealer"}
        placeholder={dealers("noParent")}
        disabled={!parentRoles.length}
        options={parentOptionsOf(parentOptions)}
      />
      <TextareaField name="review_note" id="approve-note" label={t("approveForm.reviewNote")} optional rows={3} />
    </DrawerForm>
  )
}

const reasonSchema = z.object({ reason: requiredText })

/** Reject: asks for the reason, which the applicant is told. */
export const RejectApplicationPrompt = ({
  application,
  onClose,
}: {
  application: DealerApplication | null
  onClose: () => void
}) => {
  const { t } = useTexts("applications")
  const form = useForm({ resolver: formResolver(reasonSchema), defaultValues: { reason: "" } })
  const reject = useRejectApplication()

  const close = () => {
    form.reset()
    onClose()
  }

  return (
    <PromptForm
      form={form}
      open={!!application}
      onOpenChange={(next) => !next && close()}
      title={t("rejectForm.title")}
      description={t("rejectForm.description", { company: application?.company_name ?? "" })}
      submitLabel={t("rejectForm.submit")}
      submitVariant="danger"
      submitDisabled={!form.watch("reason").trim()}
      onSubmit={async ({ reason }) => {
        if (!application) return
        await reject.mutateAsync({ id: application.id, reason })
        toast.success(t("rejectForm.rejected", { company: application.company_name }))
        close()
      }}
    >
      <TextareaField name="reason" id="reject-reason" label={t("rejectForm.reason")} rows={3} required />
    </PromptForm>
  )
}
