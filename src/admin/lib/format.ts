import type {
  AgreementStatus,
  ApplicationStatus,
  DealerRole,
  DealerStatus,
  MemberRole,
} from "./types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const DEALER_ROLES: DealerRole[] = ["distributor", "dealer", "sub_dealer"]
export const DEALER_STATUSES: DealerStatus[] = ["applicant", "active", "suspended", "terminated"]
export const MEMBER_ROLES: MemberRole[] = ["owner", "manager", "buyer"]

export const ROLE_LABELS: Record<DealerRole, string> = {
  distributor: "Distributor",
  dealer: "Dealer",
  sub_dealer: "Sub-dealer",
}

export const ROLE_COLORS: Record<DealerRole, BadgeColor> = {
  distributor: "purple",
  dealer: "blue",
  sub_dealer: "grey",
}

export const STATUS_LABELS: Record<DealerStatus, string> = {
  applicant: "Applicant",
  active: "Active",
  suspended: "Suspended",
  terminated: "Terminated",
}

export const STATUS_COLORS: Record<DealerStatus, BadgeColor> = {
  applicant: "orange",
  active: "green",
  suspended: "red",
  terminated: "grey",
}

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  owner: "Owner",
  manager: "Manager",
  buyer: "Buyer",
}

export const AGREEMENT_STATUS_COLORS: Record<AgreementStatus, BadgeColor> = {
  draft: "grey",
  active: "green",
  expired: "orange",
  terminated: "red",
}

export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, BadgeColor> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
}

/** Which roles may sit directly above a dealer of the given role (ranks fall down the tree). */
export function parentRolesFor(role: DealerRole): DealerRole[] {
  if (role === "dealer") return ["distributor"]
  if (role === "sub_dealer") return ["distributor", "dealer"]
  return []
}

export function humanize(value: string | null | undefined): string {
  if (!value) return "-"
  const text = value.replace(/_/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" })

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "-"
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? "-" : dateFormat.format(date)
}

export function formatValidity(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : "open-ended"}`
}

export function customerName(customer?: {
  first_name?: string | null
  last_name?: string | null
  email?: string | null
} | null): string {
  if (!customer) return "-"
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email || "-"
}

/** The message the API sent (a FetchError carries it), or a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  if (typeof error === "string") return error
  return "Something went wrong"
}
