import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126184159 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_seasonality_profile" drop constraint if exists "dealer_seasonality_profile_name_unique";`);
    this.addSql(`alter table if exists "dealer_plan_target" drop constraint if exists "dealer_plan_target_unique";`);
    this.addSql(`alter table if exists "dealer_sales_plan" drop constraint if exists "dealer_sales_plan_dealer_period_unique";`);
    this.addSql(`create table if not exists "dealer_deviation_alert" ("id" text not null, "dealer_id" text not null, "period_key" text not null, "alert_date" text not null, "kind" text check ("kind" in ('behind_plan', 'projection_miss', 'volume_commitment')) not null, "status" text check ("status" in ('open', 'cleared')) not null default 'open', "figures" jsonb not null, "message" text not null, "cleared_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_deviation_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_deviation_alert_deleted_at" ON "dealer_deviation_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_deviation_alert_unique_day" ON "dealer_deviation_alert" ("dealer_id", "alert_date", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_deviation_alert_status" ON "dealer_deviation_alert" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_sales_plan" ("id" text not null, "dealer_id" text not null, "period_key" text not null, "currency_code" text not null, "target_amount" numeric not null, "target_order_count" integer null, "note" text null, "raw_target_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_sales_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_sales_plan_deleted_at" ON "dealer_sales_plan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_sales_plan_dealer_period_unique" ON "dealer_sales_plan" ("dealer_id", "period_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_sales_plan_period" ON "dealer_sales_plan" ("period_key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_plan_target" ("id" text not null, "target_type" text check ("target_type" in ('product', 'category')) not null, "target_id" text not null, "metric" text check ("metric" in ('amount', 'quantity')) not null, "target_value" numeric not null, "label" text null, "plan_id" text not null, "raw_target_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_plan_target_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_plan_target_plan_id" ON "dealer_plan_target" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_plan_target_deleted_at" ON "dealer_plan_target" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_plan_target_unique" ON "dealer_plan_target" ("plan_id", "target_type", "target_id", "metric") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_seasonality_profile" ("id" text not null, "name" text not null, "weights" jsonb not null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_seasonality_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_seasonality_profile_deleted_at" ON "dealer_seasonality_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_seasonality_profile_name_unique" ON "dealer_seasonality_profile" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_plan_target" add constraint "dealer_plan_target_plan_id_foreign" foreign key ("plan_id") references "dealer_sales_plan" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_plan_target" drop constraint if exists "dealer_plan_target_plan_id_foreign";`);

    this.addSql(`drop table if exists "dealer_deviation_alert" cascade;`);

    this.addSql(`drop table if exists "dealer_sales_plan" cascade;`);

    this.addSql(`drop table if exists "dealer_plan_target" cascade;`);

    this.addSql(`drop table if exists "dealer_seasonality_profile" cascade;`);
  }

}
