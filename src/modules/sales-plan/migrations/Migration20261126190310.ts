import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126190310 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "dealer_tier_change" ("id" text not null, "dealer_id" text not null, "from_tier_id" text null, "to_tier_id" text null, "reason" text not null, "figures" jsonb not null, "reviewed_period" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_tier_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_change_deleted_at" ON "dealer_tier_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_change_dealer" ON "dealer_tier_change" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_change_period" ON "dealer_tier_change" ("reviewed_period") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_tier_change" cascade;`);
  }

}
