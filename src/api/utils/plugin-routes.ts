import { readdirSync } from "fs"
import { join } from "path"

/** One API route of the plugin: its path ("/admin/dealers/:id") and its route file. */
export type PluginRoute = { path: string; file: string }

const ROUTE_FILE = /^route\.(ts|js)$/

/**
 * The plugin's API routes, found as Medusa's file routing finds them: every
 * <apiDir>/<path>/route.ts (route.js once built), a folder "[id]" being the
 * parameter ":id".
 */
export function findPluginRoutes(apiDir: string, segments: string[] = []): PluginRoute[] {
  return readdirSync(join(apiDir, ...segments), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return findPluginRoutes(apiDir, [...segments, entry.name])
    if (!ROUTE_FILE.test(entry.name)) return []
    const path = segments.map((segment) => segment.replace(/^\[(.+)\]$/, ":$1")).join("/")
    return [{ path: `/${path}`, file: join(apiDir, ...segments, entry.name) }]
  })
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A regular expression that matches the URL paths of these routes and no others. */
export function routesMatcher(routes: PluginRoute[]): RegExp {
  const alternatives = routes.map(({ path }) =>
    path
      .split("/")
      .map((segment) => (segment.startsWith(":") ? "[^/]+" : escapeRegExp(segment)))
      .join("/")
  )
  return new RegExp(`^(?:${alternatives.join("|")})/?$`, "i")
}

/**
 * The still URL-encoded path parameters of a URL path under one of the routes,
 * by name, or null when the path is none of them. A static segment wins over
 * a parameter, as in Medusa's routing ("/dealer-payouts/export" is no id).
 */
export function matchRouteParams(routes: PluginRoute[], urlPath: string): Record<string, string> | null {
  const segments = urlPath.replace(/\/$/, "").split("/")
  const candidates = routes
    .map(({ path }) => path.split("/"))
    .filter(
      (pattern) =>
        pattern.length === segments.length &&
        pattern.every((part, i) => part.startsWith(":") || part.toLowerCase() === segments[i].toLowerCase())
    )
    .sort((a, b) => paramCount(a) - paramCount(b))
  if (!candidates.length) return null
  const params: Record<string, string> = {}
  candidates[0].forEach((part, i) => {
    if (part.startsWith(":")) params[part.slice(1)] = segments[i]
  })
  return params
}

const paramCount = (pattern: string[]) => pattern.filter((part) => part.startsWith(":")).length
