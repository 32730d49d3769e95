import { createHash } from "crypto"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REWARDS_MODULE } from "../../modules/rewards"
import type RewardsModuleService from "../../modules/rewards/service"

export const IDEMPOTENCY_HEADER = "Idempotency-Key"
export const REPLAYED_HEADER = "Idempotent-Replayed"
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/
// A repeat waits this long for the first request with its key to answer, then gets a 409.
const WAIT_FOR_FIRST_MS = 15_000
const POLL_MS = 100

type Stored = Awaited<ReturnType<RewardsModuleService["listDealerIdempotencyKeys"]>>[number]

/**
 * Makes a money-moving route idempotent for callers that send an
 * `Idempotency-Key` header (optional: without one the request just runs).
 * The first request with a key runs and its answer (status, body, headers
 * the route set) is stored with the key; a repeat of the same request by the
 * same caller gets that answer again and runs nothing. The same key with
 * another request (route, ids, query or body) answers 422; a repeat while the
 * first is still running waits for its answer, or answers 409 after a while.
 * Place it after the route's validators, so a refused request spends no key.
 */
export async function idempotent(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = req.get(IDEMPOTENCY_HEADER)
  if (key === undefined) return next()
  if (!KEY_PATTERN.test(key)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${IDEMPOTENCY_HEADER}: must be 1 to 255 visible ASCII characters`)
  }
  if (!req.auth_context?.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${IDEMPOTENCY_HEADER}: needs a logged-in caller`)
  }
  const rewards: RewardsModuleService = req.scope.resolve(REWARDS_MODULE)
  const scope = `${req.auth_context.actor_type}:${req.auth_context.actor_id}`
  const requestHash = hashOf(req)
  const claim = await rewards.claimIdempotencyKey({ scope, key, request_hash: requestHash })
  if (claim.claimed) {
    storeAnswer(req, res, rewards, claim.id)
    return next()
  }
  if (claim.stored.request_hash !== requestHash) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `${IDEMPOTENCY_HEADER}: this key was used for a different request (route, ids or body); use a new key`
    )
  }
  const answered = claim.stored.status === "completed" ? claim.stored : await waitForAnswer(rewards, scope, key)
  if (!answered) {
    res.status(409).json({
      type: "conflict",
      message: `${IDEMPOTENCY_HEADER}: a request with this key is still running; retry later with the same key`,
    })
    return
  }
  replay(res, answered)
}

/** The request a key stands for: method, path with query, and body (key order aside). */
function hashOf(req: AuthenticatedMedusaRequest) {
  return createHash("sha256")
    .update(JSON.stringify([req.method, req.originalUrl, canonical(req.body)]))
    .digest("hex")
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((name) => [name, canonical((value as Record<string, unknown>)[name])])
    )
  }
  return value
}

/**
 * Stores the route's answer with the key before it is sent, so a repeat that
 * arrives after the answer finds it. Express's res.json sends through
 * res.send, and so does the error handler: every answer passes here.
 */
function storeAnswer(req: AuthenticatedMedusaRequest, res: MedusaResponse, rewards: RewardsModuleService, id: string) {
  const logger: Logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const headersBefore = new Set(Object.keys(res.getHeaders()))
  const send = res.send.bind(res)
  res.send = ((body?: unknown) => {
    // An object is turned into JSON by res.json, which comes back here with a string.
    if (body !== null && typeof body === "object" && !Buffer.isBuffer(body)) return send(body)
    res.send = send
    const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !headersBefore.has(name)))
    rewards
      .updateDealerIdempotencyKeys({
        id,
        status: "completed",
        response_status: res.statusCode,
        response_headers: headers,
        response_body: body === undefined || body === null ? "" : String(body),
      })
      .catch((error: Error) => logger.error(`Dealer network: the answer to idempotency key ${id} was not stored: ${error.message}`))
      .finally(() => send(body))
    return res
  }) as MedusaResponse["send"]
}

async function waitForAnswer(rewards: RewardsModuleService, scope: string, key: string): Promise<Stored | null> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    const [stored] = await rewards.listDealerIdempotencyKeys({ scope, key })
    if (stored?.status === "completed") return stored
  }
  return null
}

function replay(res: MedusaResponse, stored: Stored) {
  for (const [name, value] of Object.entries((stored.response_headers ?? {}) as Record<string, string | string[]>)) {
    res.setHeader(name, value)
  }
  res.setHeader(REPLAYED_HEADER, "true")
  res.status(stored.response_status ?? 200).send(stored.response_body ?? "")
}
