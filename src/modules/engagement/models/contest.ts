import { model } from "@medusajs/framework/utils"
import { CONTEST_METRICS, CONTEST_STATUSES, CONTEST_TIE_RULES } from "../../../types/engagement"
import { REWARD_KINDS } from "../../../types/rewards"
import { ContestResult } from "./contest-result"

/**
 * A sales contest among an audience of dealers over days (`starts_on`..`ends_on`,
 * day keys in the plugin's time zone), ranked by one metric of the plan ledger,
 * with prizes accrued in the reward ledger at close.
 */
export const Contest = model
  .define("dealer_contest", {
    id: model.id({ prefix: "dcst" }).primaryKey(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    /** ContestAudience: roles, tier_ids, territory_ids, dealer_ids, parent_dealer_id. */
    audience: model.json().default({}),
    starts_on: model.text(),
    ends_on: model.text(),
    metric: model.enum([...CONTEST_METRICS]),
    focus_key: model.text().nullable(),
    currency_code: model.text(),
    prize_kind: model.enum([...REWARD_KINDS]).default("money"),
    /** ContestPrize[]: rank, top N or threshold rows with their amounts. */
    prizes: model.json(),
    tie_rule: model.enum([...CONTEST_TIE_RULES]).default("shared"),
    show_names: model.boolean().default(false),
    status: model.enum([...CONTEST_STATUSES]).default("draft"),
    published_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    results: model.hasMany(() => ContestResult, { mappedBy: "contest" }),
  })
  .cascades({ delete: ["results"] })
  .indexes([{ name: "IDX_dealer_contest_status_ends_on", on: ["status", "ends_on"], where: "deleted_at IS NULL" }])
