import { readFileSync } from "fs"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { findPluginRoutes } from "../../src/api/utils/plugin-routes"

// Hostile requests for every route of the plugin, generated from the route
// files and the schemas their validation middlewares check, so a new route is
// fuzzed without touching the test.

export type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  minItems?: number
  minimum?: number
  format?: string
}

export type Method = "GET" | "POST" | "DELETE"

export type FuzzRoute = { method: Method; path: string; body?: JsonSchema; query?: JsonSchema }

export type FuzzRequest = {
  route: FuzzRoute
  /** What is hostile about it, e.g. "body.credit_limit = 1e21". */
  label: string
  url: string
  /** The request body exactly as sent (JSON text unless `contentType` says otherwise), for POST. */
  body?: string
  contentType?: string
  /** The field a 400 must name ("limit", "id", "rules.0.name"), when the refusal is certain. */
  field?: string
}

/** Fixture values the generator fills in: ids of existing rows, and valid values by field name. */
export type FuzzSamples = {
  pathParam: (path: string, name: string) => string
  field: (name: string) => unknown
}

const METHODS: Method[] = ["GET", "POST", "DELETE"]

type Validates = { source: "body" | "query"; schema: z.ZodType }

/** Every exported handler of every route file, with the body and query (as JSON Schema) its middlewares validate. */
export function discoverRoutes(apiDir: string, middlewares: MiddlewareRoute[]): FuzzRoute[] {
  return findPluginRoutes(apiDir).flatMap(({ path, file }) => {
    const source = readFileSync(file, "utf8")
    return METHODS.filter((method) => new RegExp(`export (const|async function) ${method}\\b`).test(source)).map(
      (method) => {
        const validated = middlewares
          .filter((entry) => entry.matcher === path && (!entry.method || [entry.method].flat().includes(method)))
          .flatMap((entry) => entry.middlewares ?? [])
          .map((middleware) => (middleware as { validates?: Validates }).validates)
          .filter((validates): validates is Validates => Boolean(validates))
        const schemaOf = (kind: Validates["source"]) => {
          const found = validated.find((validates) => validates.source === kind)
          return found && (z.toJSONSchema(found.schema, { io: "input", unrepresentable: "any" }) as JsonSchema)
        }
        return { method, path, body: schemaOf("body"), query: schemaOf("query") }
      }
    )
  })
}

const NUL = "fuzz\u0000nul"
const SQL_AND_SCRIPT = "x'); DROP TABLE dealer; -- <script>alert(document.cookie)</script>"
/** 90 KB: an answer must never quote it back. */
export const HUGE_TEXT = "Q".repeat(90 * 1024)
/** 310 digits: beyond a double, and an answer must never quote it back. */
export const HUGE_DIGITS = `9${"0".repeat(309)}`
const RAW_NUMBER = "__fuzz_raw_number__"
const DEEP_LEVELS = 200

const deepJson = (levels: number): unknown => (levels ? { deeper: deepJson(levels - 1) } : "bottom")

const typeOf = (schema: JsonSchema): string | undefined => {
  const variant = firstVariant(schema)
  if (variant !== schema) return typeOf(variant)
  return [schema.type].flat().find((type) => type !== "null")
}

const firstVariant = (schema: JsonSchema): JsonSchema => {
  const variants = schema.anyOf ?? schema.oneOf
  return variants ? variants.find((variant) => variant.type !== "null") ?? variants[0] : schema
}

/** A valid-looking value: the fixture's value for the field name, else one built from the schema. */
function sample(schema: JsonSchema, name: string, samples: FuzzSamples): unknown {
  const named = samples.field(name)
  if (named !== undefined) return named
  if (schema.const !== undefined) return schema.const
  if (schema.enum) return schema.enum[0]
  const variant = firstVariant(schema)
  if (variant !== schema) return sample(variant, name, samples)
  switch (typeOf(schema)) {
    case "object": {
      // The required fields, and the optional ones the fixtures know a value for.
      const keys = Object.keys(schema.properties ?? {}).filter(
        (key) => schema.required?.includes(key) || samples.field(key) !== undefined
      )
      return Object.fromEntries(keys.map((key) => [key, sample(schema.properties![key], key, samples)]))
    }
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}, name, samples))
    case "string":
      return schema.format === "email" ? "fuzz@example.com" : "fuzz"
    case "number":
    case "integer":
      return Math.max(1, schema.minimum ?? 1)
    case "boolean":
      return false
    default:
      return "fuzz"
  }
}

type Leaf = { path: (string | number)[]; schema: JsonSchema }

/** The fields of a body down to its scalars ("price_terms.0.amount"), following the first variant of a union. */
function leavesOf(schema: JsonSchema, path: (string | number)[] = [], depth = 0): Leaf[] {
  const variant = firstVariant(schema)
  const type = typeOf(variant)
  if (depth < 5 && type === "object" && variant.properties && Object.keys(variant.properties).length) {
    return Object.entries(variant.properties).flatMap(([key, child]) => leavesOf(child, [...path, key], depth + 1))
  }
  if (depth < 5 && type === "array" && variant.items && ["object", "array", "string", "number", "integer"].includes(typeOf(variant.items) ?? "")) {
    return [{ path, schema }, ...leavesOf(variant.items, [...path, 0], depth + 1)]
  }
  return path.length ? [{ path, schema }] : []
}

/** A copy of `value` with `leaf` at `path`, parents filled with valid-looking values where missing. */
function withLeaf(value: unknown, schema: JsonSchema, path: (string | number)[], leaf: unknown, samples: FuzzSamples): unknown {
  if (!path.length) return leaf
  const [key, ...rest] = path
  const variant = firstVariant(schema)
  const childSchema = typeof key === "number" ? variant.items ?? {} : variant.properties?.[key] ?? {}
  const container: any = Array.isArray(value) ? [...value] : typeof value === "object" && value ? { ...value } : typeof key === "number" ? [] : {}
  const current = container[key] ?? (rest.length ? sample(childSchema, String(key), samples) : undefined)
  container[key] = withLeaf(current, childSchema, rest, leaf, samples)
  return container
}

const takesText = (schema: JsonSchema) =>
  [schema, ...(schema.anyOf ?? schema.oneOf ?? [])].some((variant) => [variant.type].flat().includes("string"))

/** Hostile values for one field of a body, by what the field takes; `refusedAs` when a 400 must name the field. */
function hostileValues(schema: JsonSchema): { label: string; value: unknown; refusedAs?: "field" }[] {
  const nul = { label: "NUL", value: NUL, refusedAs: "field" as const }
  const enumValues = firstVariant(schema).enum ? [{ label: "unknown enum value", value: "not_a_known_value" }] : []
  switch (typeOf(schema)) {
    case "number":
    case "integer":
      return [
        { label: "1e308", value: 1e308 },
        { label: "1e21", value: 1e21 },
        { label: "-1", value: -1 },
        { label: "many decimals", value: 0.123456789 },
        { label: "310-digit number", value: RAW_NUMBER },
        takesText(schema) ? { label: "310-digit text", value: HUGE_DIGITS } : { label: "wrong type", value: "twelve" },
      ]
    case "boolean":
      return [{ label: "wrong type", value: "yes" }]
    case "array":
    case "object":
      return [nul, { label: "wrong type", value: 12345 }]
    default:
      return [
        nul,
        { label: "90 KB text", value: HUGE_TEXT },
        { label: "SQL and script", value: SQL_AND_SCRIPT },
        { label: "wrong type", value: 1e21 },
        ...enumValues,
      ]
  }
}

const serialize = (body: unknown) => JSON.stringify(body).replace(`"${RAW_NUMBER}"`, HUGE_DIGITS)

/** A body the route takes, as far as its schema and the fixtures tell; {} for a route without one. */
const validBody = (route: FuzzRoute, samples: FuzzSamples) =>
  (route.body ? sample(route.body, "", samples) : {}) as Record<string, unknown>

function bodyRequests(route: FuzzRoute, url: string, samples: FuzzSamples): FuzzRequest[] {
  const schema = route.body ?? {}
  // A fresh body each time: unique codes and names, so one request's success does not refuse the next.
  const base = () => validBody(route, samples)
  const request = (label: string, body: string, field?: string): FuzzRequest => ({ route, label, url, body, field })
  const requests = [
    // Medusa's JSON parser refuses a body that is not an object or a list itself, before any route.
    request("null body", "null"),
    request("JSON text body", JSON.stringify("text")),
    request("number body", "42"),
    request("list body", "[1,2]", "body"),
    { ...request("plain text body", "text", "body"), contentType: "text/plain" },
    request("empty body", "{}"),
    request("unknown field", serialize({ ...base(), fuzz_unknown_field: 1 })),
    request("90 KB field name", serialize({ ...base(), [HUGE_TEXT]: 1 })),
    request("deep JSON body", serialize({ ...base(), fuzz_deep: deepJson(DEEP_LEVELS) }), "body"),
    ...(schema.required ?? []).map((key) => {
      const { [key]: _missing, ...rest } = base()
      return request(`missing ${key}`, serialize(rest))
    }),
  ]
  for (const leaf of leavesOf(schema)) {
    const name = leaf.path.join(".")
    for (const hostile of hostileValues(leaf.schema)) {
      const body = withLeaf(base(), schema, leaf.path, hostile.value, samples)
      requests.push(request(`body.${name} = ${hostile.label}`, serialize(body), hostile.refusedAs && name))
    }
  }
  return requests
}

const withQuery = (url: string, query: string) => `${url}?${query}`

function queryRequests(route: FuzzRoute, url: string): FuzzRequest[] {
  const properties = route.query?.properties ?? {}
  const request = (label: string, query: string, field?: string): FuzzRequest => ({
    route,
    label,
    url: withQuery(url, query),
    field,
  })
  const takes = (name: string) => name in properties
  const requests = [
    request("limit=-1", "limit=-1", takes("limit") ? "limit" : undefined),
    request("offset=-5", "offset=-5", takes("offset") ? "offset" : undefined),
    request("limit=1e9", "limit=1e9", takes("limit") ? "limit" : undefined),
    request("order=a,b", "order=a,b", takes("order") ? "order" : undefined),
    request("order=-nonexistent_column", "order=-nonexistent_column", takes("order") ? "order" : undefined),
    request("fields=nonexistent_column", "fields=nonexistent_column"),
    request("NUL in an unknown parameter", "fuzz=%00", "fuzz"),
    request("three-level key", "a.b.c=1"),
  ]
  for (const [name, schema] of Object.entries(properties)) {
    const param = encodeURIComponent(name)
    requests.push(
      request(`${name} = NUL`, `${param}=${encodeURIComponent(NUL)}`, name),
      request(`${name} = SQL and script`, `${param}=${encodeURIComponent(SQL_AND_SCRIPT)}`),
      request(`${name} = 5 KB`, `${param}=${"Q".repeat(5 * 1024)}`),
      request(`${name} = nested object`, `${param}[a][b]=1`)
    )
    if (firstVariant(schema).enum) requests.push(request(`${name} = unknown enum value`, `${param}=not_a_known_value`))
  }
  return requests
}

function pathRequests(route: FuzzRoute, samples: FuzzSamples): FuzzRequest[] {
  const names = route.path.split("/").filter((segment) => segment.startsWith(":"))
  const body = route.method === "POST" ? serialize(validBody(route, samples)) : undefined
  return names.flatMap((param) => {
    const urlWith = (value: string) => urlOf(route.path, samples, { [param]: value })
    const request = (label: string, value: string, field?: string): FuzzRequest => ({
      route,
      label: `:${param.slice(1)} = ${label}`,
      url: urlWith(value),
      body,
      field,
    })
    const name = param.slice(1)
    return [
      request("NUL", encodeURIComponent(NUL), name),
      request("150 characters", "q".repeat(150), name),
      request("90 KB", HUGE_TEXT),
      request("SQL and script", encodeURIComponent(SQL_AND_SCRIPT)),
    ]
  })
}

/** The route's URL with each parameter an existing row's id, or the given (already URL-encoded) values. */
function urlOf(path: string, samples: FuzzSamples, values: Record<string, string> = {}) {
  return path
    .split("/")
    .map((segment) =>
      segment.startsWith(":") ? values[segment] ?? encodeURIComponent(samples.pathParam(path, segment.slice(1))) : segment
    )
    .join("/")
}

/** All hostile requests for one route. */
export function fuzzRequests(route: FuzzRoute, samples: FuzzSamples): FuzzRequest[] {
  const url = urlOf(route.path, samples)
  return [
    ...pathRequests(route, samples),
    ...(route.method === "GET" ? queryRequests(route, url) : []),
    ...(route.method === "POST" ? bodyRequests(route, url, samples) : []),
  ]
}
