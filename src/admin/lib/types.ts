// Shapes of the plugin's admin API responses, as the admin extensions read them.

export type DealerRole = "distributor" | "dealer" | "sub_dealer"
export type DealerStatus = "applicant" | "active" | "suspended" | "terminated"
export type MemberRole = "owner" | "manager" | "buyer"
export type AgreementStatus = "draft" | "active" | "expired" | "terminated"
export type ApplicationStatus = "pending" | "approved" | "rejected"

export type DealerRef = { id: string; code: string; name: string; role?: DealerRole }

export type Tier = { id: string; name: string; rank: number }

export type Dealer = {
  id: string
  code: string
  name: string
  legal_name: string | null
  legal_type: "company" | "individual_entrepreneur"
  role: DealerRole
  status: DealerStatus
  tax_id: string | null
  email: string | null
  phone: string | null
  website: string | null
  address_line: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  currency_code: string
  customer_group_id: string | null
  parent_id: string | null
  tier_id: string | null
  tier_pinned: boolean
  parent?: DealerRef | null
  tier?: Tier | null
  created_at: string
  updated_at: string
}

export type ListResponse = { count: number; offset: number; limit: number }

export type DealerListResponse = ListResponse & { dealers: Dealer[] }

export type DealerTreeNode = {
  id: string
  parent_id: string | null
  code: string
  name: string
  role: DealerRole
  status: DealerStatus
  depth: number
  tier_id: string | null
  children: DealerTreeNode[]
}

export type DealerTreeResponse = {
  tree: DealerTreeNode | null
  /** Nearest first: the parent, then the grandparent, up to the root. */
  ancestors: Omit<DealerTreeNode, "children">[]
  size: number
}

export type DealerMember = {
  id: string
  role: MemberRole
  customer_id: string
  dealer_id: string
  created_at: string
  customer?: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
    phone?: string | null
  } | null
}

export type DealerMemberListResponse = ListResponse & { members: DealerMember[] }

export type Agreement = {
  id: string
  dealer_id: string
  number: string
  version: number
  status: AgreementStatus
  valid_from: string
  valid_to: string | null
  conflict_policy: string
  payout_form: string
  discount_percent: number | string | null
  payment_terms_days: number
  activated_at: string | null
  terminated_at: string | null
  termination_reason: string | null
  is_in_force?: boolean
  created_at: string
}

export type AgreementListResponse = ListResponse & { agreements: Agreement[] }

export type Zone = {
  id: string
  dealer_id: string
  territory_id: string
  is_exclusive: boolean
  starts_at: string
  ends_at: string | null
  note: string | null
  territory?: { id: string; code: string; name: string; type: string } | null
  categories?: {
    id: string
    product_category_id: string
    product_category?: { id: string; name: string; handle: string } | null
  }[]
}

export type ZoneListResponse = ListResponse & { zones: Zone[] }

export type DealerApplication = {
  id: string
  customer_id: string
  company_name: string
  legal_type: string
  requested_role: DealerRole
  tax_id: string | null
  email: string
  phone: string | null
  city: string | null
  country_code: string | null
  desired_region: string | null
  expected_monthly_volume: number | string | null
  currency_code: string
  message: string | null
  status: ApplicationStatus
  review_note: string | null
  reviewed_at: string | null
  dealer_id: string | null
  created_at: string
  customer?: { id: string; email: string | null } | null
}

export type DealerApplicationListResponse = ListResponse & { applications: DealerApplication[] }

export type CustomerSummary = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  has_account?: boolean
}
