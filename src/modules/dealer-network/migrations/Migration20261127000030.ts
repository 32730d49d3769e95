import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127000030 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "dealer_network_setting" ("id" text not null, "b2b_sales_channel_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_network_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_network_setting_deleted_at" ON "dealer_network_setting" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer" add column if not exists "price_list_id" text null;`);

    this.addSql(`alter table if exists "dealer_agreement" add column if not exists "min_order_amount" numeric null, add column if not exists "restrict_to_assortment" boolean not null default false, add column if not exists "price_terms" jsonb null, add column if not exists "raw_min_order_amount" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_network_setting" cascade;`);

    this.addSql(`alter table if exists "dealer" drop column if exists "price_list_id";`);

    this.addSql(`alter table if exists "dealer_agreement" drop column if exists "min_order_amount", drop column if exists "restrict_to_assortment", drop column if exists "price_terms", drop column if exists "raw_min_order_amount";`);
  }

}
