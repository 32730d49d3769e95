import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { echo, MAX_ID_LENGTH } from "../../lib/input-bounds"
import { matchRouteParams, PluginRoute } from "./plugin-routes"
import { orderProblem, sortableFields } from "./validation-primitives"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Zod's message for an issue, quoting no more than a few short unknown keys. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== "unrecognized_keys") return issue.message
  const keys = issue.keys.slice(0, 5).map((key) => `"${echo(key)}"`)
  return `Unrecognized keys: ${keys.join(", ")}${issue.keys.length > keys.length ? ", …" : ""}`
}

/** A refusal's message: each bad field by name and why, "period: must be a month as YYYY-MM; …". */
export function issuesMessage(issues: z.core.$ZodIssue[]): string {
  const messages = issues.map((issue) => {
    const field = issue.path.map(String).join(".")
    const message = issueMessage(issue)
    return field && !message.startsWith(`${field}:`) ? `${field}: ${message}` : message
  })
  return messages.join("; ")
}

/**
 * Medusa's validators drop the field name from format and refinement errors
 * ("Invalid request: must be a month as YYYY-MM"). This check runs first and
 * answers every bad field by name ("period: must be a month as YYYY-MM").
 */
function rejectNamingFields(schema: z.ZodType, source: "body" | "query") {
  const middleware = async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(source === "body" ? req.body ?? {} : req.query)
    if (result.success) return next()
    next(invalid(issuesMessage(result.error.issues)))
  }
  // What the route takes, for the generated requests of integration-tests/helpers/route-fuzz.ts.
  return Object.assign(middleware, { validates: { source, schema } })
}

export const validateBody = (schema: z.ZodObject<any> | z.ZodType) => [
  rejectNamingFields(schema, "body"),
  validateAndTransformBody(schema as any),
]

/**
 * A list's `order` must be one of its sortable fields (its own fields among the
 * query config's allowed or default ones): Medusa would pass any name on to the
 * database and answer 500.
 */
function withSortableOrder(schema: z.ZodType, sortable: string[]) {
  return schema.superRefine((query, ctx) => {
    const { order } = query as { order?: unknown }
    if (typeof order !== "string") return
    const problem = orderProblem(order, sortable)
    if (problem) ctx.addIssue({ code: "custom", path: ["order"], message: problem })
  })
}

export const validateQuery = (schema: z.ZodObject<any> | z.ZodType, config: QueryConfig) => {
  const checked = config.isList ? withSortableOrder(schema, sortableFields(config)) : schema
  return [rejectNamingFields(checked, "query"), validateAndTransformQuery(checked as any, config)]
}

const NUL = "\u0000"

/** Deeper than any body the plugin takes (a reward program's tiers are 7 levels down). */
const MAX_NESTING = 32

/** A field's name as a message may give it: its keys as sent, each quoted short ("metadata.QQQ…"). */
const fieldName = (path: string[], rootName: string) => path.map(echo).join(".") || rootName

/** The first string or key of a parsed body or query that holds a NUL, or a nesting deeper than allowed. */
function parsedInputProblem(root: unknown, rootName: string): string | null {
  const pending: { value: unknown; path: string[] }[] = [{ value: root, path: [] }]
  while (pending.length) {
    const { value, path } = pending.pop()!
    if (typeof value === "string" && value.includes(NUL)) {
      return `${fieldName(path, rootName)}: must not contain NUL characters`
    }
    if (value === null || typeof value !== "object") continue
    if (path.length >= MAX_NESTING) return `${rootName}: must not be nested more than ${MAX_NESTING} levels deep`
    for (const [key, child] of Object.entries(value)) {
      if (key.includes(NUL)) return `${fieldName([...path, key], rootName)}: must not contain NUL characters`
      pending.push({ value: child, path: [...path, key] })
    }
  }
  return null
}

/** What is wrong with a path parameter ("id"), or null. */
function pathParamProblem(name: string, encoded: string): string | null {
  let value: string
  try {
    value = decodeURIComponent(encoded)
  } catch {
    return `${name}: must be URL-encoded`
  }
  if (value.includes(NUL)) return `${name}: must not contain NUL characters`
  if (value.length > MAX_ID_LENGTH) return `${name}: must be at most ${MAX_ID_LENGTH} characters`
  return null
}

const isJsonObject = (body: unknown) => typeof body === "object" && body !== null && !Array.isArray(body)

/** Medusa reads a query key "a.b" as a filter on a relation and fails on anything deeper. */
function queryKeyProblem(query: Record<string, unknown>): string | null {
  const key = Object.keys(query).find((name) => name.split(".").length > 2)
  return key === undefined ? null : `${echo(key)}: must not name more than 2 levels`
}

/** The first thing wrong with a request in general, before any route's own validation, or null. */
function hostileInputProblem(req: MedusaRequest, routes: PluginRoute[]): string | null {
  const params = matchRouteParams(routes, req.originalUrl.split("?")[0]) ?? {}
  for (const [name, value] of Object.entries(params)) {
    const problem = pathParamProblem(name, value)
    if (problem) return problem
  }
  const problem = queryKeyProblem(req.query) ?? parsedInputProblem(req.query, "query")
  if (problem) return problem
  if (req.method === "POST" && !isJsonObject(req.body)) return "body: must be a JSON object"
  return parsedInputProblem(req.body, "body")
}

/**
 * Refuses, for all of the plugin's routes at once, what PostgreSQL or Medusa
 * would answer with a 500: NUL characters in path parameters, query or body
 * (PostgreSQL refuses them in text), over-long ids, a POST body that is not a
 * JSON object (null, a list, text), and input nested deeper than any route takes.
 */
export function rejectHostileInput(routes: PluginRoute[]) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const problem = hostileInputProblem(req, routes)
    next(problem ? invalid(problem) : undefined)
  }
}
