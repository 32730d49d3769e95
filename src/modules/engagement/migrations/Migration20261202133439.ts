import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202133439 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_event_registration" drop constraint if exists "dealer_event_registration_live_unique";`);
    this.addSql(`create table if not exists "dealer_event" ("id" text not null, "type" text check ("type" in ('conference', 'webinar', 'training_onsite', 'training_remote', 'master_class', 'product_launch', 'informal')) not null, "title" text not null, "description" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "location" text null, "link" text null, "capacity" integer not null, "registration_deadline" timestamptz not null, "cancellation_deadline" timestamptz not null, "audience" jsonb not null default '{}', "status" text check ("status" in ('draft', 'published', 'completed', 'cancelled')) not null default 'draft', "product_ids" text[] not null default '{}', "category_ids" text[] not null default '{}', "currency_code" text not null, "cost_per_seat" numeric not null default 0, "dealer_share_percent" numeric not null default 0, "published_at" timestamptz null, "cancelled_at" timestamptz null, "raw_cost_per_seat" jsonb not null default '{"value":"0","precision":20}', "raw_dealer_share_percent" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_event_deleted_at" ON "dealer_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_event_status_starts_at" ON "dealer_event" ("status", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_event_registration" ("id" text not null, "dealer_id" text not null, "seats" integer not null, "attendees" jsonb not null, "status" text check ("status" in ('registered', 'cancelled')) not null default 'registered', "share_amount" numeric not null default 0, "paid_event_credit" numeric not null default 0, "paid_money" numeric not null default 0, "refunded" boolean not null default false, "attendance" text check ("attendance" in ('attended', 'no_show')) null, "registered_by" text null, "cancelled_at" timestamptz null, "event_id" text not null, "raw_share_amount" jsonb not null default '{"value":"0","precision":20}', "raw_paid_event_credit" jsonb not null default '{"value":"0","precision":20}', "raw_paid_money" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_event_registration_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_event_registration_event_id" ON "dealer_event_registration" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_event_registration_deleted_at" ON "dealer_event_registration" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_event_registration_live_unique" ON "dealer_event_registration" ("event_id", "dealer_id") WHERE deleted_at IS NULL AND status = 'registered';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_event_registration_dealer" ON "dealer_event_registration" ("dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_event_registration" add constraint "dealer_event_registration_event_id_foreign" foreign key ("event_id") references "dealer_event" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_event_registration" drop constraint if exists "dealer_event_registration_event_id_foreign";`);

    this.addSql(`drop table if exists "dealer_event" cascade;`);

    this.addSql(`drop table if exists "dealer_event_registration" cascade;`);
  }

}
