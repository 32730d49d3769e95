import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202203233 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "dealer_bank_account" ("id" text not null, "holder" text not null, "iban" text not null, "bic" text not null, "bank_name" text null, "is_default" boolean not null default false, "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_bank_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_bank_account_dealer_id" ON "dealer_bank_account" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_bank_account_deleted_at" ON "dealer_bank_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_bank_account_one_default" ON "dealer_bank_account" ("dealer_id") WHERE is_default = true AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_bank_account" add constraint "dealer_bank_account_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_bank_account" cascade;`);
  }

}
