import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Runs SQL with its `?` parameters sent to PostgreSQL as bind parameters, in
 * the manager's transaction when it has one. `manager.execute` inlines every
 * parameter into the SQL text first, escaping it character by character (about
 * 0.3 s per megabyte), which dominates statements carrying a large JSON
 * document, such as a multi-row insert of thousands of rows.
 */
export async function executeBound<T = Record<string, any>>(
  manager: SqlEntityManager,
  sql: string,
  params: unknown[]
): Promise<T[]> {
  const knex = manager.getTransactionContext<Knex.Transaction>() ?? manager.getKnex()
  const result = await knex.raw(sql, params as Knex.RawBinding[])
  return result.rows
}
