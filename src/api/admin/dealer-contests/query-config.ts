export const contestFields = [
  "id",
  "title",
  "description",
  "audience",
  "starts_on",
  "ends_on",
  "metric",
  "focus_key",
  "currency_code",
  "prize_kind",
  "prizes",
  "tie_rule",
  "show_names",
  "status",
  "published_at",
  "closed_at",
  "cancelled_at",
  "created_at",
  "updated_at",
]

/** What a participant sees of a contest: not its audience (it names other dealers). */
export const storeContestFields = contestFields.filter((field) => field !== "audience")

export const contestQueryConfig = {
  retrieve: { defaults: contestFields, isList: false },
  list: { defaults: contestFields, isList: true },
  store: { defaults: storeContestFields, allowed: storeContestFields, isList: true },
  storeRetrieve: { defaults: storeContestFields, allowed: storeContestFields, isList: false },
}
