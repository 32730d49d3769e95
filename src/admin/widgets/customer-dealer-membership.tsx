import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DealerRoleBadge, DealerStatusBadge } from "../components/dealer-badges"
import { InfoRow } from "../components/field"
import { useCustomerMembership } from "../hooks/use-dealer-memberships"
import { errorMessage } from "../lib/errors"
import { useTexts } from "../hooks/use-texts"
import { useLabels } from "../lib/labels"
import { withQueryClient } from "../lib/query-client"

/** Which dealer the customer buys for, and as what. */
const CustomerDealerMembershipWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTexts("dealerPage")
  const labels = useLabels()
  const { data, isLoading, isError, error } = useCustomerMembership(customer.id)
  const membership = data?.members[0]
  const dealer = membership?.dealer

  return (
    <Container className="divide-y p-0" data-testid="customer-dealer-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("widgets.membership")}</Heading>
      </div>
      {isLoading && <Skeleton className="mx-6 my-4 h-5 w-48" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !membership && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("widgets.notMember")}
        </Text>
      )}
      {membership && (
        <>
          <InfoRow label={t("widgets.dealer")}>
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
          <InfoRow label={t("widgets.memberRole")}>
            <span data-testid="customer-member-role">{labels.memberRole[membership.role] ?? membership.role}</span>
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
