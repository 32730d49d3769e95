import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202160608 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_contest_result" drop constraint if exists "dealer_contest_result_unique";`);
    this.addSql(`create table if not exists "dealer_contest" ("id" text not null, "title" text not null, "description" text null, "audience" jsonb not null default '{}', "starts_on" text not null, "ends_on" text not null, "metric" text check ("metric" in ('sales_amount', 'focus_quantity', 'focus_amount', 'attainment_percent', 'growth_percent', 'new_customer_orders')) not null, "focus_key" text null, "currency_code" text not null, "prize_kind" text check ("prize_kind" in ('money', 'marketing_points', 'event_credit')) not null default 'money', "prizes" jsonb not null, "tie_rule" text check ("tie_rule" in ('shared', 'earliest')) not null default 'shared', "show_names" boolean not null default false, "status" text check ("status" in ('draft', 'running', 'closed', 'cancelled')) not null default 'draft', "published_at" timestamptz null, "closed_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_contest_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contest_deleted_at" ON "dealer_contest" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contest_status_ends_on" ON "dealer_contest" ("status", "ends_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_contest_result" ("id" text not null, "dealer_id" text not null, "rank" integer null, "metric_value" numeric null, "prize_kind" text null, "prize_amount" numeric not null default 0, "contest_id" text not null, "raw_metric_value" jsonb null, "raw_prize_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_contest_result_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contest_result_contest_id" ON "dealer_contest_result" ("contest_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contest_result_deleted_at" ON "dealer_contest_result" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_contest_result_unique" ON "dealer_contest_result" ("contest_id", "dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contest_result_dealer" ON "dealer_contest_result" ("dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_contest_result" add constraint "dealer_contest_result_contest_id_foreign" foreign key ("contest_id") references "dealer_contest" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_contest_result" drop constraint if exists "dealer_contest_result_contest_id_foreign";`);

    this.addSql(`drop table if exists "dealer_contest" cascade;`);

    this.addSql(`drop table if exists "dealer_contest_result" cascade;`);
  }

}
