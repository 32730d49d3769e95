import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202160927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_material" drop constraint if exists "dealer_material_code_unique";`);
    this.addSql(`create table if not exists "dealer_material" ("id" text not null, "code" text not null, "title" text not null, "description" text null, "kind" text check ("kind" in ('poster', 'sample', 'display', 'digital_kit', 'other')) not null, "image_url" text null, "points_price" numeric not null, "stock" integer null, "tier_ids" text[] not null default '{}', "is_active" boolean not null default true, "raw_points_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_material_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_material_deleted_at" ON "dealer_material" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_material_code_unique" ON "dealer_material" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_material_request" ("id" text not null, "dealer_id" text not null, "status" text check ("status" in ('requested', 'shipped', 'rejected', 'cancelled')) not null default 'requested', "total_points" numeric not null, "currency_code" text not null, "shipping_address" jsonb not null, "contact" jsonb not null, "note" text null, "requested_by" text null, "shipped_at" timestamptz null, "tracking_note" text null, "rejected_at" timestamptz null, "rejection_reason" text null, "cancelled_at" timestamptz null, "raw_total_points" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_material_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_material_request_deleted_at" ON "dealer_material_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_material_request_dealer" ON "dealer_material_request" ("dealer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_material_request_status" ON "dealer_material_request" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_material_request_line" ("id" text not null, "material_id" text not null, "code" text not null, "title" text not null, "quantity" integer not null, "points_each" numeric not null, "points_total" numeric not null, "request_id" text not null, "raw_points_each" jsonb not null, "raw_points_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_material_request_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_material_request_line_request_id" ON "dealer_material_request_line" ("request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_material_request_line_deleted_at" ON "dealer_material_request_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_material_request_line" add constraint "dealer_material_request_line_request_id_foreign" foreign key ("request_id") references "dealer_material_request" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_material_request_line" drop constraint if exists "dealer_material_request_line_request_id_foreign";`);

    this.addSql(`drop table if exists "dealer_material" cascade;`);

    this.addSql(`drop table if exists "dealer_material_request" cascade;`);

    this.addSql(`drop table if exists "dealer_material_request_line" cascade;`);
  }

}
