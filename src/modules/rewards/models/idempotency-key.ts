import { model } from "@medusajs/framework/utils"
import { IDEMPOTENCY_KEY_STATUSES } from "../../../types/rewards"

/**
 * An `Idempotency-Key` a caller sent with a money-moving request: the request
 * it stands for (a hash) and, once answered, the answer, which repeats of the
 * request get instead of running it again. `scope` is the caller.
 */
export const IdempotencyKey = model
  .define("dealer_idempotency_key", {
    id: model.id({ prefix: "didem" }).primaryKey(),
    scope: model.text(),
    key: model.text(),
    request_hash: model.text(),
    status: model.enum([...IDEMPOTENCY_KEY_STATUSES]).default("in_progress"),
    response_status: model.number().nullable(),
    response_headers: model.json().nullable(),
    response_body: model.text().nullable(),
  })
  .indexes([
    {
      name: "IDX_dealer_idempotency_key_scope_key_unique",
      on: ["scope", "key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
