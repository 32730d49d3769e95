import { AGREEMENT_TERMS } from "../../../types/dealer-network"

export const adminDealerAgreementFields = [
  "id",
  "dealer_id",
  "number",
  "version",
  "status",
  "valid_from",
  "valid_to",
  "supersedes_id",
  ...AGREEMENT_TERMS,
  "activated_at",
  "terminated_at",
  "termination_reason",
  "created_at",
  "updated_at",
  "dealer.id",
  "dealer.code",
  "dealer.name",
  "dealer.status",
]

export const adminDealerAgreementQueryConfig = {
  retrieve: { defaults: adminDealerAgreementFields, isList: false },
  list: { defaults: adminDealerAgreementFields, isList: true },
}
