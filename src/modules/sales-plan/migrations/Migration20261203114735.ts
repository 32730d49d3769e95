import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { ATTAINMENT_SQL, REBUILD_STANDING_SQL } from "../period-standing";

// The per-dealer-per-period standing: plan and actual in one row, with the
// ranking's order key (attainment) as a stored generated column and an index
// per group of the ranking (measured against a plan, then the rest), filled
// from the plans and the ledger's totals.
export class Migration20261203114735 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_period_standing" drop constraint if exists "dealer_period_standing_unique";`);
    this.addSql(`create table if not exists "dealer_period_standing" ("id" text not null, "dealer_id" text not null, "period_key" text not null, "plan_id" text null, "plan_currency_code" text null, "target_amount" numeric null, "target_order_count" integer null, "actual_amount" numeric not null, "actual_order_count" integer not null default 0, "credited" boolean not null default false, "raw_target_amount" jsonb null, "raw_actual_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_period_standing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_period_standing_deleted_at" ON "dealer_period_standing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_period_standing_unique" ON "dealer_period_standing" ("dealer_id", "period_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_period_standing_period_target" ON "dealer_period_standing" ("period_key", "target_amount") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table "dealer_period_standing" add column if not exists "attainment" numeric generated always as (${ATTAINMENT_SQL("actual_amount", "target_amount")}) stored;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_period_standing_rank" ON "dealer_period_standing" ("period_key", "attainment", "dealer_id") WHERE deleted_at IS NULL AND attainment IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_period_standing_unplanned" ON "dealer_period_standing" ("period_key", "actual_amount", "dealer_id") WHERE deleted_at IS NULL AND attainment IS NULL;`);

    this.addSql(REBUILD_STANDING_SQL);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_period_standing" cascade;`);
  }

}
