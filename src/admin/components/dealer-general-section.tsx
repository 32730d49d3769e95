import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useTexts } from "../hooks/use-texts"
import { humanize } from "../lib/labels"
import type { Dealer } from "../../types/dealer-network"
import { DealerRoleBadge, DealerStatusBadge } from "./dealer-badges"
import { DealerStatusActions } from "./dealer-status-actions"
import { EditDealerDrawer } from "./edit-dealer-drawer"
import { InfoRow } from "./field"

/** The dealer's header: code, name, status, role, tier, and its company details. */
export const DealerGeneralSection = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("dealerPage")
  const { t: dealers } = useTexts("dealers")
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
            {dealer.tier ? t(dealer.tier_pinned ? "general.tierPinned" : "general.tier", { name: dealer.tier.name }) : t("general.noTier")}
          </Badge>
          <DealerStatusActions dealer={dealer} />
          <EditDealerDrawer dealer={dealer} />
        </div>
      </div>
      <InfoRow label={t("general.parent")}>
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
      <InfoRow label={t("general.legalType")}>{dealer.legal_type ? dealers(`legalTypes.${dealer.legal_type}`, { defaultValue: humanize(dealer.legal_type) }) : "-"}</InfoRow>
      <InfoRow label={t("general.taxId")}>{dealer.tax_id || "-"}</InfoRow>
      <InfoRow label={t("general.email")}>{dealer.email || "-"}</InfoRow>
      <InfoRow label={t("general.phone")}>{dealer.phone || "-"}</InfoRow>
      <InfoRow label={t("general.website")}>{dealer.website || "-"}</InfoRow>
      <InfoRow label={t("general.address")}>{address || "-"}</InfoRow>
      <InfoRow label={t("general.currency")}>{dealer.currency_code?.toUpperCase() || "-"}</InfoRow>
    </Container>
  )
}
