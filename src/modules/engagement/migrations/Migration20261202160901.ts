import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202160901 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_rating_award" drop constraint if exists "dealer_rating_award_period_unique";`);
    this.addSql(`create table if not exists "dealer_rating_award" ("id" text not null, "period_key" text not null, "period_type" text check ("period_type" in ('month', 'quarter')) not null, "dealer_id" text not null, "score" numeric not null, "entry" jsonb not null, "weights" jsonb not null, "recorded_by" text null, "raw_score" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_rating_award_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_rating_award_deleted_at" ON "dealer_rating_award" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_rating_award_period_unique" ON "dealer_rating_award" ("period_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_rating_award_dealer" ON "dealer_rating_award" ("dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_rating_setting" ("id" text not null, "weights" jsonb not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_rating_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_rating_setting_deleted_at" ON "dealer_rating_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_rating_award" cascade;`);

    this.addSql(`drop table if exists "dealer_rating_setting" cascade;`);
  }

}
