import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126181705 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "dealer_contribution" ("id" text not null, "dealer_id" text not null, "order_id" text not null, "cause" text check ("cause" in ('order_placed', 'order_canceled', 'return_received', 'conflict_reassigned')) not null, "source_id" text not null, "period_key" text not null, "occurred_at" timestamptz not null, "currency_code" text not null, "amount" numeric not null, "order_count" integer not null default 0, "note" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_contribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_deleted_at" ON "dealer_contribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_contribution_unique_cause" ON "dealer_contribution" ("dealer_id", "order_id", "cause", "source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_dealer_period" ON "dealer_contribution" ("dealer_id", "period_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_order" ON "dealer_contribution" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_contribution_line" ("id" text not null, "product_id" text null, "variant_id" text null, "category_ids" text[] not null default '{}', "quantity" integer not null, "amount" numeric not null, "contribution_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_contribution_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_line_contribution_id" ON "dealer_contribution_line" ("contribution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_line_deleted_at" ON "dealer_contribution_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_line_product" ON "dealer_contribution_line" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_contribution_line" add constraint "dealer_contribution_line_contribution_id_foreign" foreign key ("contribution_id") references "dealer_contribution" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_contribution_line" drop constraint if exists "dealer_contribution_line_contribution_id_foreign";`);

    this.addSql(`drop table if exists "dealer_contribution" cascade;`);

    this.addSql(`drop table if exists "dealer_contribution_line" cascade;`);
  }

}
