import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { applyToTotalsSql } from "../ledger-totals";

export class Migration20261203033657 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_focus_total" drop constraint if exists "dealer_focus_total_unique";`);
    this.addSql(`alter table if exists "dealer_contribution_total" drop constraint if exists "dealer_contribution_total_unique";`);
    this.addSql(`create table if not exists "dealer_contribution_total" ("id" text not null, "dealer_id" text not null, "period_key" text not null, "currency_code" text not null, "amount" numeric not null, "order_count" integer not null default 0, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_contribution_total_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_total_deleted_at" ON "dealer_contribution_total" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_contribution_total_unique" ON "dealer_contribution_total" ("dealer_id", "period_key", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_total_period" ON "dealer_contribution_total" ("period_key", "dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_focus_total" ("id" text not null, "dealer_id" text not null, "period_key" text not null, "currency_code" text not null, "focus_key" text not null, "amount" numeric not null, "quantity" integer not null default 0, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_focus_total_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_focus_total_deleted_at" ON "dealer_focus_total" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_focus_total_unique" ON "dealer_focus_total" ("dealer_id", "period_key", "focus_key", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_period_credited" ON "dealer_contribution" ("period_key", "occurred_at") WHERE deleted_at IS NULL;`);

    // Backfill: the totals of the ledger as it stands, with the statements that keep them.
    for (const statement of applyToTotalsSql("true", 1)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_contribution_total" cascade;`);

    this.addSql(`drop table if exists "dealer_focus_total" cascade;`);

    this.addSql(`drop index if exists "IDX_dealer_contribution_period_credited";`);
  }

}
