import path from "path"
import { findPluginRoutes, matchRouteParams, routesMatcher } from "../plugin-routes"
import { amount, dayKey, decimalAmount, findParams, orderProblem, periodKey, progressPeriod, sortableFields } from "../validation-primitives"

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)

describe("list parameters", () => {
  const params = findParams({ limit: 50, order: "-created_at" })

  it("defaults and coerces the page from the query string", () => {
    expect(params.parse({})).toEqual({ limit: 50, offset: 0, order: "-created_at" })
    expect(params.parse({ limit: "200", offset: "10", order: "name" })).toEqual({ limit: 200, offset: 10, order: "name" })
  })

  it("refuses pages out of bounds, saying the bound", () => {
    expect(messages(params.safeParse({ limit: "-1" }))).toEqual(["limit: must be at least 1"])
    expect(messages(params.safeParse({ limit: "1e9" }))).toEqual(["limit: must be at most 200"])
    expect(messages(params.safeParse({ limit: "ten" }))).toEqual(["limit: must be a whole number"])
    expect(messages(params.safeParse({ offset: "-5" }))).toEqual(["offset: must be at least 0"])
  })

  it("sorts by one of the entity's own fields the route answers with", () => {
    const sortable = sortableFields({ defaults: ["id", "code", "created_at", "tier.name", "*members"] })
    expect(sortable).toEqual(["id", "code", "created_at"])
    expect(sortableFields({ defaults: ["id", "note"], allowed: ["id"] })).toEqual(["id"])
    expect(orderProblem("code", sortable)).toBeNull()
    expect(orderProblem("-created_at", sortable)).toBeNull()
    for (const order of ["a,b", "-nonexistent_column", "tier.name", "--code"]) {
      expect(orderProblem(order, sortable)).toBe("must be one field of id, code, created_at; a leading - sorts descending")
    }
  })
})

describe("amounts", () => {
  it("bounds JSON numbers and keeps decimal strings exact", () => {
    expect(messages(amount().safeParse(1e21))).toEqual([": must be at most 1000000000000"])
    expect(amount().parse(1500.25)).toBe(1500.25)
    expect(decimalAmount({ positive: true, decimals: 2 }).parse(" 1500.20 ")).toBe("1500.2")
    expect(messages(decimalAmount().safeParse("1e3"))).toEqual([": must be a decimal number"])
    expect(messages(decimalAmount().safeParse(`9${"0".repeat(309)}`))).toEqual([": must be at most 1000000000000"])
  })
})

describe("months, periods and days", () => {
  const problem = (schema: { safeParse: (value: unknown) => any }, value: string) =>
    schema.safeParse(value).error?.issues[0].message ?? null

  it("takes a month, a month, quarter or year, and a real calendar day", () => {
    expect(problem(periodKey, "2026-11")).toBeNull()
    expect(problem(periodKey, "2026-13")).toBe("must be a month as YYYY-MM")
    expect(problem(periodKey, "2026-Q4")).toBe("must be a month as YYYY-MM")
    expect(["2026-11", "2026-Q4", "2026"].map((period) => problem(progressPeriod, period))).toEqual([null, null, null])
    expect(problem(progressPeriod, "2026-Q5")).toBe("must be a month YYYY-MM, a quarter YYYY-Qn or a year YYYY")
    expect(problem(dayKey, "2028-02-29")).toBeNull()
    expect(problem(dayKey, "2026-11-31")).toBe("must be a real calendar day")
    expect(problem(dayKey, "2026-11-3")).toBe("must be a day as YYYY-MM-DD")
  })
})

describe("the plugin's routes", () => {
  const routes = findPluginRoutes(path.join(__dirname, "../.."))

  it("are found as Medusa's file routing finds them", () => {
    const paths = routes.map((route) => route.path)
    expect(paths).toEqual(
      expect.arrayContaining(["/admin/dealers", "/admin/dealers/:id/members/:member_id", "/store/carts/:id/dealer-check"])
    )
  })

  it("match their URL paths and name the parameters, a static segment before a parameter", () => {
    const matcher = routesMatcher(routes)
    expect(matcher.test("/admin/dealers/dlr_1/members/mem_2")).toBe(true)
    expect(matcher.test("/admin/products/prod_1")).toBe(false)
    expect(matchRouteParams(routes, "/admin/dealers/dlr_1/members/mem%002")).toEqual({ id: "dlr_1", member_id: "mem%002" })
    expect(matchRouteParams(routes, "/admin/dealer-payout-batches/formats")).toEqual({})
    expect(matchRouteParams(routes, "/admin/dealer-payouts/dpout_1/")).toEqual({ id: "dpout_1" })
    expect(matchRouteParams(routes, "/admin/products")).toBeNull()
  })
})
