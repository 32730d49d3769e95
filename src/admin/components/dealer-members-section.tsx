import { Trash } from "@medusajs/icons"
import {
  Alert,
  Button,
  Container,
  Drawer,
  Heading,
  IconButton,
  Input,
  Select,
  Skeleton,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useCustomerSearch } from "../hooks/use-customers"
import { useDebounced } from "../hooks/use-debounced"
import { useAddDealerMember, useDealerMembers, useRemoveDealerMember } from "../hooks/use-dealers"
import { useTexts } from "../hooks/use-texts"
import { errorMessage, refusalText } from "../lib/errors"
import { customerName, useLabels } from "../lib/labels"
import { MEMBER_ROLES } from "../../types/dealer-network"
import type { MemberRole } from "../../types/dealer-network"
import { Field } from "./field"

const AddMemberDrawer = ({ dealerId, memberIds }: { dealerId: string; memberIds: Set<string> }) => {
  const { t } = useTexts("dealerPage")
  const labels = useLabels()
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState("")
  const [role, setRole] = useState<MemberRole>("buyer")
  const [error, setError] = useState<string | null>(null)
  const q = useDebounced(search)
  const customers = useCustomerSearch(open ? q : "")
  const addMember = useAddDealerMember(dealerId)

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setSearch("")
      setRole("buyer")
      setError(null)
    }
  }

  const add = async (customerId: string, label: string) => {
    setError(null)
    try {
      await addMember.mutateAsync({ customer_id: customerId, role })
      toast.success(t("members.added", { label, role: labels.memberRole[role].toLowerCase() }))
      onOpenChange(false)
    } catch (err) {
      setError(refusalText(err))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("members.add")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("members.add")}</Heading>
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          {error && (
            <Alert variant="error" dismissible={false}>
              {error}
            </Alert>
          )}
          <Field id="member-role" label={t("members.memberRole")}>
            <Select value={role} onValueChange={(value) => setRole(value as MemberRole)}>
              <Select.Trigger id="member-role">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {MEMBER_ROLES.map((r) => (
                  <Select.Item key={r} value={r}>
                    {labels.memberRole[r]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field
            id="member-search"
            label={t("members.customer")}
            hint={t("members.customerHint")}
          >
            <Input
              id="member-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder="buyer@example.com"
              autoComplete="off"
            />
          </Field>
          {search.trim().startsWith("cus_") && (
            <Button
              size="small"
              variant="secondary"
              onClick={() => add(search.trim(), search.trim())}
              isLoading={addMember.isPending}
            >
              {t("members.addCustomer", { id: search.trim() })}
            </Button>
          )}
          <div className="flex flex-col divide-y rounded-lg border">
            {customers.isFetching && !customers.data && <Skeleton className="m-3 h-5" />}
            {q.trim() && customers.data?.customers.length === 0 && (
              <Text size="small" className="text-ui-fg-subtle p-3">
                {t("members.noMatch", { q: q.trim() })}
              </Text>
            )}
            {!q.trim() && (
              <Text size="small" className="text-ui-fg-muted p-3">
                {t("members.typeToSearch")}
              </Text>
            )}
            {q.trim() &&
              customers.data?.customers.map((customer) => {
                const isMember = memberIds.has(customer.id)
                return (
                  <div key={customer.id} className="flex items-center justify-between gap-x-3 p-3">
                    <div className="min-w-0">
                      <Text size="small" weight="plus" className="truncate">
                        {customer.email}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle truncate">
                        {customerName({ ...customer, email: null })}
                      </Text>
                    </div>
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={isMember || addMember.isPending}
                      onClick={() => add(customer.id, customer.email)}
                    >
                      {isMember ? t("members.isMember") : t("members.addOne")}
                    </Button>
                  </div>
                )
              })}
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("members.close")}
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** The dealer's members (Medusa customers) with their member roles. */
export const DealerMembersSection = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTexts("dealerPage")
  const { t: common } = useTexts("common")
  const labels = useLabels()
  const { data, isLoading, isError, error } = useDealerMembers(dealerId)
  const removeMember = useRemoveDealerMember(dealerId)
  const prompt = usePrompt()
  const members = data?.members ?? []

  const remove = async (memberId: string, label: string) => {
    const confirmed = await prompt({
      title: t("members.removeTitle"),
      description: t("members.removeDescription", { label }),
      confirmText: t("members.remove"),
      cancelText: common("cancel"),
    })
    if (!confirmed) return
    try {
      await removeMember.mutateAsync(memberId)
      toast.success(t("members.removed", { label }))
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="dealer-members-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("members.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("members.description")}
          </Text>
        </div>
        <AddMemberDrawer dealerId={dealerId} memberIds={new Set(members.map((m) => m.customer_id))} />
      </div>
      {isLoading && <Skeleton className="mx-6 my-4 h-10" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && members.length === 0 && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("members.none")}
        </Text>
      )}
      {members.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("members.email")}</Table.HeaderCell>
              <Table.HeaderCell>{t("members.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("members.role")}</Table.HeaderCell>
              <Table.HeaderCell className="w-12" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.map((member) => {
              const label = member.customer?.email ?? member.customer_id
              return (
                <Table.Row key={member.id}>
                  <Table.Cell>
                    <Link
                      to={`/customers/${member.customer_id}`}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                    >
                      {label}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{customerName({ ...member.customer, email: null })}</Table.Cell>
                  <Table.Cell>{labels.memberRole[member.role] ?? member.role}</Table.Cell>
                  <Table.Cell>
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={t("members.removeLabel", { label })}
                      onClick={() => remove(member.id, label)}
                    >
                      <Trash />
                    </IconButton>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
