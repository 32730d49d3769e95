import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

export type Row = Record<string, any>

/** Raw SQL on the manager (or transaction) the decorated service method received. */
export async function execute(sharedContext: Context, sql: string, params: unknown[] = []): Promise<Row[]> {
  const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
  return await manager.execute(sql, params as any[])
}

/** A transaction-scoped advisory lock: serialises writes that must check many rows before writing. */
export async function lock(sharedContext: Context, name: string) {
  await execute(sharedContext, "select pg_advisory_xact_lock(hashtext(?))", [name])
}
