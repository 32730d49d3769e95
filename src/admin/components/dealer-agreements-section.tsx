import { Badge, Button, Container, Heading, Skeleton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useActivateAgreement, useDealerAgreements } from "../hooks/use-dealer-agreements"
import { errorMessage, formatValidity, humanize } from "../lib/format"
import type { Agreement } from "../lib/types"
import { AgreementStatusBadge } from "./dealer-badges"

/** Every version of the dealer's partnership agreements; drafts can be activated. */
export const DealerAgreementsSection = ({ dealerId }: { dealerId: string }) => {
  const { data, isLoading, isError, error } = useDealerAgreements(dealerId)
  const activate = useActivateAgreement()
  const prompt = usePrompt()
  const agreements = data?.agreements ?? []

  const onActivate = async (agreement: Agreement) => {
    const confirmed = await prompt({
      title: `Activate ${agreement.number} v${agreement.version}?`,
      description:
        "The agreement comes into force from its start date, the dealer's earlier agreement ends there, and the dealer becomes active.",
      confirmText: "Activate",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    try {
      await activate.mutateAsync(agreement.id)
      toast.success(`${agreement.number} v${agreement.version} activated`)
    } catch (err) {
      toast.error(errorMessage(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="dealer-agreements-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Agreements</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Partnership contracts, every version
          </Text>
        </div>
      </div>
      {isLoading && <Skeleton className="mx-6 my-4 h-10" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && agreements.length === 0 && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No agreements yet.
        </Text>
      )}
      {agreements.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Version</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Validity</Table.HeaderCell>
              <Table.HeaderCell>Payout</Table.HeaderCell>
              <Table.HeaderCell className="text-right" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {agreements.map((agreement) => (
              <Table.Row key={agreement.id}>
                <Table.Cell className="font-medium">{agreement.number}</Table.Cell>
                <Table.Cell>v{agreement.version}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <AgreementStatusBadge status={agreement.status} />
                    {agreement.is_in_force && (
                      <Badge size="2xsmall" color="green">
                        In force
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>{formatValidity(agreement.valid_from, agreement.valid_to)}</Table.Cell>
                <Table.Cell>{humanize(agreement.payout_form)}</Table.Cell>
                <Table.Cell className="text-right">
                  {agreement.status === "draft" && (
                    <Button
                      size="small"
                      variant="secondary"
                      onClick={() => onActivate(agreement)}
                      isLoading={activate.isPending && activate.variables === agreement.id}
                    >
                      Activate
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
