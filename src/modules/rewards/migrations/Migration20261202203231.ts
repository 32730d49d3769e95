import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202203231 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "dealer_payout_batch" ("id" text not null, "format" text not null, "status" text check ("status" in ('exported', 'paid')) not null default 'exported', "file_name" text not null, "content_type" text not null, "content" text not null, "payout_count" integer not null, "total" numeric not null, "currency_code" text not null, "execution_date" text not null, "batch_booking" boolean not null, "reference" text null, "exported_at" timestamptz not null, "paid_at" timestamptz null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_payout_batch_deleted_at" ON "dealer_payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_payout" add column if not exists "bank_account" jsonb null, add column if not exists "batch_id" text null;`);
    this.addSql(`alter table if exists "dealer_payout" add constraint "dealer_payout_batch_id_foreign" foreign key ("batch_id") references "dealer_payout_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_payout_batch_id" ON "dealer_payout" ("batch_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_payout" drop constraint if exists "dealer_payout_batch_id_foreign";`);

    this.addSql(`drop table if exists "dealer_payout_batch" cascade;`);

    this.addSql(`drop index if exists "IDX_dealer_payout_batch_id";`);
    this.addSql(`alter table if exists "dealer_payout" drop column if exists "bank_account", drop column if exists "batch_id";`);
  }

}
