import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127002153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_wallet_entry" drop constraint if exists "dealer_wallet_entry_source_unique";`);
    this.addSql(`alter table if exists "dealer_reward_program" drop constraint if exists "dealer_reward_program_code_unique";`);
    this.addSql(`create table if not exists "dealer_payout" ("id" text not null, "dealer_id" text not null, "form" text check ("form" in ('receivable_offset', 'marketing_points', 'cash', 'next_period_discount')) not null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('requested', 'approved', 'exported', 'paid', 'completed', 'canceled')) not null default 'requested', "reference" text null, "note" text null, "details" jsonb null, "approved_at" timestamptz null, "exported_at" timestamptz null, "paid_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_payout_deleted_at" ON "dealer_payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_payout_dealer" ON "dealer_payout" ("dealer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_reward_accrual" ("id" text not null, "dealer_id" text not null, "program_id" text not null, "rule_id" text not null, "period_key" text not null, "kind" text check ("kind" in ('money', 'marketing_points', 'event_credit')) not null, "amount" numeric not null, "earned_to_date" numeric not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'held', 'approved', 'rejected')) not null default 'pending', "explanation" jsonb not null, "decided_at" timestamptz null, "decided_by" text null, "rejection_reason" text null, "raw_amount" jsonb not null, "raw_earned_to_date" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_reward_accrual_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_reward_accrual_deleted_at" ON "dealer_reward_accrual" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_reward_accrual_key" ON "dealer_reward_accrual" ("program_id", "period_key", "dealer_id", "rule_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_reward_accrual_dealer" ON "dealer_reward_accrual" ("dealer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_reward_program" ("id" text not null, "code" text not null, "name" text not null, "description" text null, "period_type" text check ("period_type" in ('month', 'quarter', 'year')) not null default 'month', "valid_from" timestamptz not null, "valid_to" timestamptz null, "status" text check ("status" in ('draft', 'active', 'archived')) not null default 'draft', "currency_code" text not null, "eligibility" jsonb null, "points_per_unit" numeric not null default 1, "hold_overdue" boolean not null default false, "is_code_defined" boolean not null default false, "raw_points_per_unit" jsonb not null default '{"value":"1","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_reward_program_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_reward_program_deleted_at" ON "dealer_reward_program" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_reward_program_code_unique" ON "dealer_reward_program" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_reward_rule" ("id" text not null, "name" text not null, "description" text null, "definition" jsonb not null, "is_active" boolean not null default true, "program_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_reward_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_reward_rule_program_id" ON "dealer_reward_rule" ("program_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_reward_rule_deleted_at" ON "dealer_reward_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_wallet_entry" ("id" text not null, "dealer_id" text not null, "kind" text check ("kind" in ('money', 'marketing_points', 'event_credit')) not null, "amount" numeric not null, "currency_code" text not null, "source_type" text check ("source_type" in ('accrual', 'payout', 'payout_reversal', 'conversion')) not null, "source_id" text not null, "description" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_wallet_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_wallet_entry_deleted_at" ON "dealer_wallet_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_wallet_entry_source_unique" ON "dealer_wallet_entry" ("source_type", "source_id", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_wallet_entry_dealer" ON "dealer_wallet_entry" ("dealer_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_reward_rule" add constraint "dealer_reward_rule_program_id_foreign" foreign key ("program_id") references "dealer_reward_program" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_reward_rule" drop constraint if exists "dealer_reward_rule_program_id_foreign";`);

    this.addSql(`drop table if exists "dealer_payout" cascade;`);

    this.addSql(`drop table if exists "dealer_reward_accrual" cascade;`);

    this.addSql(`drop table if exists "dealer_reward_program" cascade;`);

    this.addSql(`drop table if exists "dealer_reward_rule" cascade;`);

    this.addSql(`drop table if exists "dealer_wallet_entry" cascade;`);
  }

}
