// The dealer portal's build and its server: `portal/dist` served as a single-page
// app, with `/portal-config.json` telling the app where the Medusa server is and
// which publishable key to send. Used by `npm run demo` (port 8000) and the
// portal's browser tests.
const { spawn } = require("child_process")
const fs = require("fs")
const http = require("http")
const path = require("path")
const { hashFiles } = require("./demo-cache")

const ROOT = path.join(__dirname, "..")
const PORTAL_DIST = path.join(ROOT, "portal", "dist")
const PORTAL_HASH_FILE = path.join(PORTAL_DIST, ".source-hash")
// The portal imports the typed client, the shared types and the admin's formats and texts.
const PORTAL_SOURCES = ["package-lock.json", "portal/src", "portal/index.html", "portal/vite.config.ts", "portal/tailwind.config.cjs", "src/client", "src/types", "src/lib", "src/admin/lib", "src/admin/i18n", "src/admin/components", "src/admin/hooks"]

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
}

function portalBuildUpToDate() {
  return fs.existsSync(PORTAL_HASH_FILE) && fs.readFileSync(PORTAL_HASH_FILE, "utf8") === hashFiles(PORTAL_SOURCES)
}

/**
 * Builds the portal with Vite unless the build of the current sources exists.
 * `onSpawn` receives the build's process (the demo stops it with itself).
 */
async function ensurePortalBuild({ log = () => {}, onSpawn = () => {} } = {}) {
  if (portalBuildUpToDate()) {
    log("Portal: the build of the current sources exists; reusing it")
    return
  }
  log("Building the dealer portal…")
  const hash = hashFiles(PORTAL_SOURCES)
  const vite = path.join(ROOT, "node_modules", "vite", "bin", "vite.js")
  const child = spawn(process.execPath, [vite, "build", "--config", "portal/vite.config.ts", "--logLevel", "warn"], {
    cwd: ROOT,
    // A process group of its own, so whoever started it can stop the build with its workers.
    detached: process.platform !== "win32",
    stdio: ["ignore", "inherit", "inherit"],
  })
  onSpawn(child)
  const code = await new Promise((resolve) => child.on("exit", resolve))
  if (code !== 0) throw new Error(`the portal build failed (exit ${code})`)
  fs.writeFileSync(PORTAL_HASH_FILE, hash)
}

function sendFile(res, file) {
  res.writeHead(200, {
    "content-type": CONTENT_TYPES[path.extname(file)] || "application/octet-stream",
    "cache-control": file.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
  })
  fs.createReadStream(file).pipe(res)
}

/** Serves the built portal on `port`; resolves once it listens, with a `close()`. */
function startPortalServer({ port, backendUrl, publishableKey }) {
  const config = JSON.stringify({ backendUrl, publishableKey })
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://portal").pathname)
    if (pathname === "/portal-config.json") {
      res.writeHead(200, { "content-type": CONTENT_TYPES[".json"], "cache-control": "no-store" })
      return res.end(config)
    }
    const file = path.join(PORTAL_DIST, path.normalize(pathname))
    if (file.startsWith(PORTAL_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) return sendFile(res, file)
    if (path.extname(pathname)) {
      res.writeHead(404)
      return res.end()
    }
    sendFile(res, path.join(PORTAL_DIST, "index.html")) // the app's own routes
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () =>
      resolve({ url: `http://localhost:${port}`, close: () => new Promise((done) => server.close(() => done())) })
    )
  })
}

module.exports = { ensurePortalBuild, startPortalServer }
