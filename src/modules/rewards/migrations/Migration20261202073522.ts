import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202073522 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_idempotency_key" drop constraint if exists "dealer_idempotency_key_scope_key_unique";`);
    this.addSql(`create table if not exists "dealer_idempotency_key" ("id" text not null, "scope" text not null, "key" text not null, "request_hash" text not null, "status" text check ("status" in ('in_progress', 'completed')) not null default 'in_progress', "response_status" integer null, "response_headers" jsonb null, "response_body" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_idempotency_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_idempotency_key_deleted_at" ON "dealer_idempotency_key" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_idempotency_key_scope_key_unique" ON "dealer_idempotency_key" ("scope", "key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_idempotency_key" cascade;`);
  }

}
