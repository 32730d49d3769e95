/**
 * The in-repo host app as real processes, for tests that need more than the
 * in-process test runner gives: `medusa` CLI commands and `medusa start`
 * servers on a database of the test's own, each in its own process group.
 */
import { ChildProcess, execFile, spawn } from "child_process"
import fs from "fs"
import net from "net"
import path from "path"
import { Client } from "pg"
import type { Headers } from "./auth"

export const ROOT = path.join(__dirname, "..", "..")
export const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")

export const pgConnection = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}

export function databaseUrl(database: string) {
  const { user, password, host, port } = pgConnection
  const credentials = encodeURIComponent(user) + (password ? `:${encodeURIComponent(password)}` : "")
  return `postgres://${credentials}@${host}:${port}/${database}`
}

/** One statement on a database (the maintenance one by default), e.g. to create or drop the test's. */
export async function pgQuery(sql: string, params: unknown[] = [], database = "postgres") {
  const client = new Client({ ...pgConnection, database })
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end()
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** A `medusa` CLI command (db:migrate, exec, user…) run to its end; its output is in the error when it fails. */
export function medusaCommand(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(MEDUSA_BIN, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`medusa ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

export type MedusaServer = {
  name: string
  baseUrl: string
  child: ChildProcess
  logFile: string
  log: () => string
}

/** `medusa start` on `port` (of the app in `cwd`), in its own process group, its output in `<logDir>/<name>.log`. */
export function startMedusa(name: string, port: number, env: NodeJS.ProcessEnv, logDir: string, cwd = ROOT): MedusaServer {
  fs.mkdirSync(logDir, { recursive: true })
  const logFile = path.join(logDir, `${name}.log`)
  const out = fs.openSync(logFile, "w")
  const child = spawn(MEDUSA_BIN, ["start"], {
    cwd,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", out, out],
  })
  fs.closeSync(out)
  return { name, baseUrl: `http://localhost:${port}`, child, logFile, log: () => fs.readFileSync(logFile, "utf8") }
}

export const tail = (text: string, lines = 40) => text.split("\n").slice(-lines).join("\n")

export async function waitForHealth(server: MedusaServer, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`${server.name} exited with ${server.child.exitCode}:\n${tail(server.log())}`)
    }
    const answered = await fetch(`${server.baseUrl}/health`).then((res) => res.ok, () => false)
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${server.name} did not answer /health within ${timeoutMs} ms:\n${tail(server.log())}`)
}

const isRunning = (server: MedusaServer | undefined): server is MedusaServer =>
  Boolean(server?.child.pid) && server!.child.exitCode === null && server!.child.signalCode === null

function signalGroup(server: MedusaServer, name: NodeJS.Signals) {
  try {
    process.kill(-server.child.pid!, name)
  } catch {
    // already gone
  }
}

/** SIGTERM to the server's process group, SIGKILL when it is still there after 10 s. */
export async function stopMedusa(server: MedusaServer | undefined) {
  if (!isRunning(server)) return
  const exited = new Promise((resolve) => server.child.once("exit", resolve))
  signalGroup(server, "SIGTERM")
  const timer = setTimeout(() => signalGroup(server, "SIGKILL"), 10_000)
  await exited
  clearTimeout(timer)
}

/** SIGKILL to the server's whole process group at once, as a crash or the OOM killer ends it: no shutdown hook runs. */
export async function killMedusa(server: MedusaServer) {
  const { name } = server
  if (!isRunning(server)) throw new Error(`${name} is not running`)
  const exited = new Promise((resolve) => server.child.once("exit", resolve))
  signalGroup(server, "SIGKILL")
  await exited
}

type Api = {
  post: (url: string, body?: unknown, config?: Partial<Headers>) => Promise<{ data: any }>
  get: (url: string, config?: Partial<Headers>) => Promise<{ data: any }>
}

/** An HTTP client shaped like the test runner's `api` (what helpers/checkout.ts takes), over fetch. */
export function httpClient(baseUrl: string): Api {
  const call = async (method: string, url: string, body: unknown, config?: Partial<Headers>) => {
    // A fresh connection per call: a reused keep-alive socket the server is closing answers ECONNRESET.
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", connection: "close", ...config?.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${JSON.stringify(data)}`)
    return { data }
  }
  return {
    post: (url, body = {}, config) => call("POST", url, body, config),
    get: (url, config) => call("GET", url, undefined, config),
  }
}
