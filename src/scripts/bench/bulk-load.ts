import type { Knex } from "@medusajs/framework/mikro-orm/knex"

// Loading millions of rows into tables whose keys and indexes exist costs a
// btree insert (and a foreign-key lookup) per row, at random places once the
// indexes outgrow the buffers: the 50,000-dealer seed took about an hour. The
// seed drops them, loads, and builds each again in one sort.

type Definitions = { constraints: { table: string; name: string; definition: string; foreign: boolean }[]; indexes: string[] }

/**
 * The keys, unique constraints and indexes of `tables` as the migrations left
 * them, and the foreign keys from or to them; `keep` names indexes left in
 * place (an upsert's conflict target).
 */
async function definitionsOf(trx: Knex.Transaction, tables: string[], keep: string[]): Promise<Definitions> {
  const { rows: constraints } = await trx.raw(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition, contype = 'f' as foreign
       from pg_constraint
      where contype in ('p', 'u', 'f')
        and (conrelid = any(?::regclass[]) or confrelid = any(?::regclass[]))`,
    [tables, tables]
  )
  const { rows: indexes } = await trx.raw(
    `select indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any(?::text[]) and not (i.indexname = any(?::text[]))
        and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [tables, keep]
  )
  return { constraints, indexes: indexes.map((row: { indexdef: string }) => row.indexdef) }
}

const indexName = (indexdef: string) => /^CREATE (?:UNIQUE )?INDEX (\S+) ON/.exec(indexdef)![1]

async function dropAll(trx: Knex.Transaction, { constraints, indexes }: Definitions) {
  const foreignFirst = [...constraints].sort((a, b) => Number(b.foreign) - Number(a.foreign))
  for (const c of foreignFirst) await trx.raw(`alter table ${c.table} drop constraint "${c.name}"`)
  for (const indexdef of indexes) await trx.raw(`drop index ${indexName(indexdef)}`)
}

async function buildAll(trx: Knex.Transaction, { constraints, indexes }: Definitions) {
  const keysFirst = [...constraints].sort((a, b) => Number(a.foreign) - Number(b.foreign))
  for (const c of keysFirst) await trx.raw(`alter table ${c.table} add constraint "${c.name}" ${c.definition}`)
  for (const indexdef of indexes) await trx.raw(indexdef)
}

/** Runs `load` on `tables` without their keys and indexes (but `keep`), then builds them again as they were. */
export async function withoutIndexes(trx: Knex.Transaction, tables: string[], load: () => Promise<void>, keep: string[] = []) {
  const definitions = await definitionsOf(trx, tables, keep)
  await dropAll(trx, definitions)
  await load()
  await buildAll(trx, definitions)
}

/**
 * Runs `load` in one transaction set for bulk loading: no wait for the WAL
 * flush at commit, and memory for the sorts of the grouped inserts and index builds.
 */
export async function inBulkTransaction(knex: Knex, load: (trx: Knex.Transaction) => Promise<void>) {
  await knex.transaction(async (trx) => {
    await trx.raw("set local synchronous_commit = off")
    await trx.raw("set local maintenance_work_mem = '512MB'")
    await trx.raw("set local work_mem = '256MB'")
    await load(trx)
  })
}
