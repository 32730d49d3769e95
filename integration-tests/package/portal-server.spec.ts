/**
 * The dealer portal as `npm run demo` serves it: a Vite build of the current
 * sources (made once, reused while they are unchanged) and the server that
 * tells the app where the Medusa server is and answers the app's own routes.
 */
import fs from "fs"
import path from "path"
import { freePort, ROOT } from "../helpers/medusa-process"

// CommonJS scripts of the demo.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ensurePortalBuild, startPortalServer } = require("../../scripts/portal-server")

jest.setTimeout(600_000)

const DIST = path.join(ROOT, "portal", "dist")

describe("the demo's portal server", () => {
  it("builds the portal once for its sources, then reuses the build", async () => {
    fs.rmSync(path.join(DIST, ".source-hash"), { force: true })
    const messages: string[] = []
    const log = (message: string) => messages.push(message)
    await ensurePortalBuild({ log })
    expect(messages).toEqual(["Building the dealer portal…"])
    expect(fs.readFileSync(path.join(DIST, "index.html"), "utf8")).toContain('<div id="root">')

    await ensurePortalBuild({ log })
    expect(messages[1]).toBe("Portal: the build of the current sources exists; reusing it")
  })

  it("answers the portal's config, its built files, and the app for any route of its own", async () => {
    await ensurePortalBuild()
    const port = await freePort()
    const server = await startPortalServer({ port, backendUrl: "http://localhost:9000", publishableKey: "pk_demo" })
    try {
      expect(server.url).toBe(`http://localhost:${port}`)
      const get = (pathname: string) => fetch(`${server.url}${pathname}`)

      const config = await get("/portal-config.json")
      expect(config.headers.get("content-type")).toContain("application/json")
      expect(config.headers.get("cache-control")).toBe("no-store")
      expect(await config.json()).toEqual({ backendUrl: "http://localhost:9000", publishableKey: "pk_demo" })

      const index = await (await get("/")).text()
      const script = index.match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
      expect(script).toBeDefined()
      const bundle = await get(script!)
      expect([bundle.status, bundle.headers.get("content-type")]).toEqual([200, "text/javascript; charset=utf-8"])
      expect(bundle.headers.get("cache-control")).toContain("immutable")

      for (const route of ["/order", "/cart", "/order/confirmation/order_01ABC", "/invoices?tab=overdue"]) {
        const page = await get(route)
        expect([route, page.status, page.headers.get("content-type")]).toEqual([route, 200, "text/html; charset=utf-8"])
        expect(await page.text()).toBe(index)
      }

      expect((await get("/assets/missing.js")).status).toBe(404)
      // Nothing outside the build: the path is resolved inside portal/dist.
      const outside = await get("/%2e%2e/package.json")
      expect(outside.status).toBe(404)
    } finally {
      await server.close()
    }
  })
})
