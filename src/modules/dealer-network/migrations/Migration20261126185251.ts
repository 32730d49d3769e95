import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126185251 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_conflict_case" drop constraint if exists "dealer_conflict_case_open_unique";`);
    this.addSql(`create table if not exists "dealer_conflict_case" ("id" text not null, "order_id" text not null, "kind" text check ("kind" in ('foreign_exclusive_zone', 'outside_assortment')) not null, "seller_dealer_id" text not null, "zone_owner_dealer_id" text null, "zone_id" text null, "territory_id" text null, "policy" text check ("policy" in ('credit_zone_owner', 'split', 'keep_seller', 'manual_review')) not null default 'manual_review', "split_share_percent" numeric null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "resolution" text check ("resolution" in ('credit_zone_owner', 'split', 'keep_seller')) null, "resolved_by" text null, "resolved_at" timestamptz null, "note" text null, "amount" numeric not null, "currency_code" text not null, "raw_split_share_percent" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_conflict_case_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_conflict_case_seller_dealer_id" ON "dealer_conflict_case" ("seller_dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_conflict_case_zone_owner_dealer_id" ON "dealer_conflict_case" ("zone_owner_dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_conflict_case_territory_id" ON "dealer_conflict_case" ("territory_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_conflict_case_deleted_at" ON "dealer_conflict_case" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_conflict_case_open_unique" ON "dealer_conflict_case" ("order_id", "kind") WHERE deleted_at IS NULL AND status = 'open';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_conflict_case_order" ON "dealer_conflict_case" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_conflict_case_status" ON "dealer_conflict_case" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_conflict_case" add constraint "dealer_conflict_case_seller_dealer_id_foreign" foreign key ("seller_dealer_id") references "dealer" ("id") on update cascade;`);
    this.addSql(`alter table if exists "dealer_conflict_case" add constraint "dealer_conflict_case_zone_owner_dealer_id_foreign" foreign key ("zone_owner_dealer_id") references "dealer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "dealer_conflict_case" add constraint "dealer_conflict_case_territory_id_foreign" foreign key ("territory_id") references "dealer_territory" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_conflict_case" cascade;`);
  }

}
