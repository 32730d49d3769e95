import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { humanize } from "../lib/labels"
import type { Dealer } from "../../types/dealer-network"
import { DealerRoleBadge, DealerStatusBadge } from "./dealer-badges"
import { DealerStatusActions } from "./dealer-status-actions"
import { EditDealerDrawer } from "./edit-dealer-drawer"
import { InfoRow } from "./field"

/** The dealer's header: code, name, status, role, tier, and its company details. */
export const DealerGeneralSection = ({ dealer }: { dealer: Dealer }) => {
  const address = [
    dealer.address_line,
    [dealer.postal_code, dealer.city].filter(Boolean).join(" "),
    dealer.province,
    dealer.country_code?.toUpperCase(),
  ]
    .filter(Boolean)
    .join(", ")

  return (
    <Container className="divide-y p-0" data-testid="dealer-general-section">
      <div className="flex flex-col gap-y-2 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div>
          <Heading>
            {dealer.code} · {dealer.name}
          </Heading>
          {dealer.legal_name && (
            <Text size="small" className="text-ui-fg-subtle">
              {dealer.legal_name}
            </Text>
          )}
        </div>
        <div className="flex items-center gap-x-2">
          <DealerStatusBadge status={dealer.status} />
          <DealerRoleBadge role={dealer.role} />
          <Badge size="2xsmall" color={dealer.tier ? "blue" : "grey"} data-testid="dealer-tier">
            {dealer.tier ? `Tier: ${dealer.tier.name}${dealer.tier_pinned ? " (pinned)" : ""}` : "No tier"}
          </Badge>
          <DealerStatusActions dealer={dealer} />
          <EditDealerDrawer dealer={dealer} />
        </div>
      </div>
      <InfoRow label="Parent">
        {dealer.parent ? (
          <Link
            to={`/dealer-network/dealers/${dealer.parent.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {dealer.parent.code} · {dealer.parent.name}
          </Link>
        ) : (
          "-"
        )}
      </InfoRow>
      <InfoRow label="Legal type">{humanize(dealer.legal_type)}</InfoRow>
      <InfoRow label="Tax ID">{dealer.tax_id || "-"}</InfoRow>
      <InfoRow label="Email">{dealer.email || "-"}</InfoRow>
      <InfoRow label="Phone">{dealer.phone || "-"}</InfoRow>
      <InfoRow label="Website">{dealer.website || "-"}</InfoRow>
      <InfoRow label="Address">{address || "-"}</InfoRow>
      <InfoRow label="Currency">{dealer.currency_code?.toUpperCase() || "-"}</InfoRow>
    </Container>
  )
}
