import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DealerRoleBadge, DealerStatusBadge } from "../components/dealer-badges"
import { InfoRow } from "../components/field"
import { useCustomerMembership } from "../hooks/use-dealer-memberships"
import { errorMessage } from "../lib/errors"
import { MEMBER_ROLE_LABELS } from "../lib/labels"
import { withQueryClient } from "../lib/query-client"

/** Which dealer the customer buys for, and as what. */
const CustomerDealerMembershipWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, isError, error } = useCustomerMembership(customer.id)
  const membership = data?.members[0]
  const dealer = membership?.dealer

  return (
    <Container className="divide-y p-0" data-testid="customer-dealer-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Dealer membership</Heading>
      </div>
      {isLoading && <Skeleton className="mx-6 my-4 h-5 w-48" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !membership && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          Not a member of any dealer.
        </Text>
      )}
      {membership && (
        <>
          <InfoRow label="Dealer">
            {dealer ? (
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  to={`/dealer-network/dealers/${dealer.id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {dealer.code} · {dealer.name}
                </Link>
                <DealerRoleBadge role={dealer.role} />
                <DealerStatusBadge status={dealer.status} />
              </div>
            ) : (
              membership.dealer_id
            )}
          </InfoRow>
          <InfoRow label="Member role">
            <span data-testid="customer-member-role">{MEMBER_ROLE_LABELS[membership.role] ?? membership.role}</span>
          </InfoRow>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default withQueryClient(CustomerDealerMembershipWidget)
