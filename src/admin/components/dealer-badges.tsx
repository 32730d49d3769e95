import { Badge, StatusBadge } from "@medusajs/ui"
import { AGREEMENT_STATUS_COLORS, APPLICATION_STATUS_COLORS, humanize, ROLE_COLORS, ROLE_LABELS, STATUS_COLORS, STATUS_LABELS } from "../lib/labels"
import type { AgreementStatus, ApplicationStatus, DealerRole, DealerStatus } from "../../types/dealer-network"

export const DealerRoleBadge = ({ role }: { role: DealerRole }) => (
  <Badge size="2xsmall" color={ROLE_COLORS[role] ?? "grey"} data-testid="dealer-role">
    {ROLE_LABELS[role] ?? humanize(role)}
  </Badge>
)

export const DealerStatusBadge = ({ status }: { status: DealerStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-testid="dealer-status">
    {STATUS_LABELS[status] ?? humanize(status)}
  </StatusBadge>
)

export const AgreementStatusBadge = ({ status }: { status: AgreementStatus }) => (
  <StatusBadge color={AGREEMENT_STATUS_COLORS[status] ?? "grey"}>{humanize(status)}</StatusBadge>
)

export const ApplicationStatusBadge = ({ status }: { status: ApplicationStatus }) => (
  <StatusBadge color={APPLICATION_STATUS_COLORS[status] ?? "grey"}>{humanize(status)}</StatusBadge>
)
