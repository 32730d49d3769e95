import { Badge, StatusBadge } from "@medusajs/ui"
import { AGREEMENT_STATUS_COLORS, APPLICATION_STATUS_COLORS, humanize, ROLE_COLORS, STATUS_COLORS, useLabels } from "../lib/labels"
import type { AgreementStatus, ApplicationStatus, DealerRole, DealerStatus } from "../../types/dealer-network"

export const DealerRoleBadge = ({ role }: { role: DealerRole }) => {
  const labels = useLabels()
  return (
    <Badge size="2xsmall" color={ROLE_COLORS[role] ?? "grey"} data-testid="dealer-role">
      {labels.role[role] ?? humanize(role)}
    </Badge>
  )
}

export const DealerStatusBadge = ({ status }: { status: DealerStatus }) => {
  const labels = useLabels()
  return (
    <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-testid="dealer-status">
      {labels.dealerStatus[status] ?? humanize(status)}
    </StatusBadge>
  )
}

export const AgreementStatusBadge = ({ status }: { status: AgreementStatus }) => {
  const labels = useLabels()
  return <StatusBadge color={AGREEMENT_STATUS_COLORS[status] ?? "grey"}>{labels.agreementStatus[status] ?? humanize(status)}</StatusBadge>
}

export const ApplicationStatusBadge = ({ status }: { status: ApplicationStatus }) => {
  const labels = useLabels()
  return (
    <StatusBadge color={APPLICATION_STATUS_COLORS[status] ?? "grey"}>{labels.applicationStatus[status] ?? humanize(status)}</StatusBadge>
  )
}
