import { Alert, Button, Drawer, Heading, Input, Prompt, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useApproveApplication, useRejectApplication } from "../hooks/use-dealer-applications"
import { useDealers } from "../hooks/use-dealers"
import { errorMessage, parentRolesFor, ROLE_LABELS } from "../lib/format"
import { DEALER_ROLES } from "../../types/dealer-network"
import type { DealerApplication, DealerRole } from "../../types/dealer-network"
import { Field } from "./field"

const NO_PARENT = "__none__"

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

const ApproveForm = ({ application, onClose }: { application: DealerApplication; onClose: () => void }) => {
  const [code, setCode] = useState(suggestCode(application.company_name))
  const [role, setRole] = useState<DealerRole>(application.requested_role ?? "dealer")
  const [parentId, setParentId] = useState(NO_PARENT)
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const approve = useApproveApplication()
  const parentRoles = parentRolesFor(role)
  const parents = useDealers(
    { role: parentRoles, limit: 100, order: "code", fields: "id,code,name,role" },
    { enabled: parentRoles.length > 0 }
  )
  const parentOptions = parentRoles.length ? parents.data?.dealers ?? [] : []

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    try {
      const { dealer } = await approve.mutateAsync({
        id: application.id,
        code: code.trim(),
        role,
        parent_id: parentId === NO_PARENT ? null : parentId,
        review_note: note.trim() || null,
      })
      toast.success(`${application.company_name} approved as ${dealer.code}`)
      onClose()
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Approve application</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
        <Text size="small" className="text-ui-fg-subtle">
          {application.company_name} becomes a dealer, its applicant becomes the owner, and a draft
          agreement is prepared.
        </Text>
        {error && (
          <Alert variant="error" dismissible={false}>
            {error}
          </Alert>
        )}
        <Field id="approve-code" label="Dealer code" hint="Letters, digits, - and _ only.">
          <Input
            id="approve-code"
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            required
          />
        </Field>
        <Field id="approve-role" label="Role">
          <Select
            value={role}
            onValueChange={(value) => {
              setRole(value as DealerRole)
              setParentId(NO_PARENT)
            }}
          >
            <Select.Trigger id="approve-role">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {DEALER_ROLES.map((r) => (
                <Select.Item key={r} value={r}>
                  {ROLE_LABELS[r]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="approve-parent" label="Parent" optional={role !== "sub_dealer"}>
          <Select value={parentId} onValueChange={setParentId} disabled={!parentRoles.length}>
            <Select.Trigger id="approve-parent">
              <Select.Value placeholder="No parent" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NO_PARENT}>No parent</Select.Item>
              {parentOptions.map((dealer) => (
                <Select.Item key={dealer.id} value={dealer.id}>
                  {dealer.code} · {dealer.name} ({ROLE_LABELS[dealer.role]})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="approve-note" label="Review note" optional>
          <Textarea id="approve-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        </Field>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={approve.isPending}>
          Approve
        </Button>
      </Drawer.Footer>
    </form>
  )
}

/** Reject: asks for the reason, which the applicant is told. */
export const RejectApplicationPrompt = ({
  application,
  onClose,
}: {
  application: DealerApplication | null
  onClose: () => void
}) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const reject = useRejectApplication()

  const close = () => {
    setReason("")
    setError(null)
    onClose()
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (!application) return
    setError(null)
    try {
      await reject.mutateAsync({ id: application.id, reason: reason.trim() })
      toast.success(`${application.company_name} rejected`)
      close()
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Prompt open={!!application} onOpenChange={(next) => !next && close()}>
      <Prompt.Content className="max-w-[480px]">
        <form onSubmit={onSubmit}>
          <Prompt.Header>
            <Prompt.Title>Reject application</Prompt.Title>
            <Prompt.Description>
              {application?.company_name}: the reason is kept with the application.
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-3 px-6 pt-4">
            {error && (
              <Alert variant="error" dismissible={false}>
                {error}
              </Alert>
            )}
            <Field id="reject-reason" label="Reason">
              <Textarea
                id="reject-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={3}
                required
              />
            </Field>
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button
              size="small"
              variant="danger"
              type="submit"
              isLoading={reject.isPending}
              disabled={!reason.trim()}
            >
              Reject
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
