import type { Knex } from "@medusajs/framework/mikro-orm/knex"

// The tables changed by more rows than autovacuum lets pass before it analyzes
// one (50 rows plus 10 % of the table, by default), as names for ANALYZE.
const TABLES_DUE_FOR_ANALYZE = `
  select format('%I.%I', s.schemaname, s.relname) as name
    from pg_stat_user_tables s
    join pg_class c on c.oid = s.relid
   where s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::int
         + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0)`

/**
 * Analyzes the tables autovacuum would have analyzed by now. The test
 * PostgreSQL may run without autovacuum; the checkouts then grow Medusa's cart
 * and order tables under statistics taken while they were empty, and the
 * planner's choices for them (Medusa's and the plugin's alike) grow worse with
 * every order, which no production database shows.
 */
export async function analyzeAsAutovacuumWould(pg: Knex) {
  const { rows } = await pg.raw(TABLES_DUE_FOR_ANALYZE)
  if (rows.length) await pg.raw(`analyze ${rows.map((row: { name: string }) => row.name).join(", ")}`)
}
