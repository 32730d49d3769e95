import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126175524 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_zone_category" drop constraint if exists "dealer_zone_category_unique";`);
    this.addSql(`alter table if exists "dealer_agreement" drop constraint if exists "dealer_agreement_number_version_unique";`);
    this.addSql(`alter table if exists "dealer_member" drop constraint if exists "dealer_member_customer_unique";`);
    this.addSql(`alter table if exists "dealer" drop constraint if exists "dealer_tax_id_unique";`);
    this.addSql(`alter table if exists "dealer" drop constraint if exists "dealer_code_unique";`);
    this.addSql(`alter table if exists "dealer_tier" drop constraint if exists "dealer_tier_name_unique";`);
    this.addSql(`alter table if exists "dealer_tier" drop constraint if exists "dealer_tier_rank_unique";`);
    this.addSql(`alter table if exists "dealer_territory" drop constraint if exists "dealer_territory_code_unique";`);
    this.addSql(`create table if not exists "dealer_application" ("id" text not null, "customer_id" text not null, "company_name" text not null, "legal_type" text check ("legal_type" in ('company', 'individual_entrepreneur')) not null default 'company', "requested_role" text check ("requested_role" in ('distributor', 'dealer', 'sub_dealer')) not null default 'dealer', "tax_id" text null, "email" text not null, "phone" text null, "city" text null, "country_code" text null, "desired_territory_id" text null, "desired_region" text null, "expected_monthly_volume" numeric null, "currency_code" text not null, "message" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "review_note" text null, "reviewed_at" timestamptz null, "dealer_id" text null, "raw_expected_monthly_volume" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_application_deleted_at" ON "dealer_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_application_pending_customer" ON "dealer_application" ("customer_id") WHERE deleted_at IS NULL AND status = 'pending';`);

    this.addSql(`create table if not exists "dealer_territory" ("id" text not null, "code" text not null, "name" text not null, "type" text check ("type" in ('country', 'region', 'city')) not null, "country_code" text not null, "province" text null, "postal_prefixes" text[] not null default '{}', "depth" integer not null default 0, "parent_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_territory_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_territory_parent_id" ON "dealer_territory" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_territory_deleted_at" ON "dealer_territory" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_territory_code_unique" ON "dealer_territory" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_territory_country" ON "dealer_territory" ("country_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_tier" ("id" text not null, "name" text not null, "rank" integer not null, "min_turnover" numeric not null default 0, "window_months" integer not null default 12, "discount_percent" numeric not null default 0, "benefits" jsonb null, "description" text null, "raw_min_turnover" jsonb not null default '{"value":"0","precision":20}', "raw_discount_percent" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_deleted_at" ON "dealer_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_tier_rank_unique" ON "dealer_tier" ("rank") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_tier_name_unique" ON "dealer_tier" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer" ("id" text not null, "code" text not null, "name" text not null, "legal_name" text null, "legal_type" text check ("legal_type" in ('company', 'individual_entrepreneur')) not null default 'company', "role" text check ("role" in ('distributor', 'dealer', 'sub_dealer')) not null default 'dealer', "status" text check ("status" in ('applicant', 'active', 'suspended', 'terminated')) not null default 'applicant', "tax_id" text null, "email" text null, "phone" text null, "website" text null, "address_line" text null, "city" text null, "province" text null, "postal_code" text null, "country_code" text null, "currency_code" text not null, "customer_group_id" text null, "tier_pinned" boolean not null default false, "metadata" jsonb null, "parent_id" text null, "tier_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_parent_id" ON "dealer" ("parent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_tier_id" ON "dealer" ("tier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_deleted_at" ON "dealer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_code_unique" ON "dealer" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_tax_id_unique" ON "dealer" ("tax_id") WHERE deleted_at IS NULL AND tax_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_status" ON "dealer" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_member" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('owner', 'manager', 'buyer')) not null default 'buyer', "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_member_dealer_id" ON "dealer_member" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_member_deleted_at" ON "dealer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_member_customer_unique" ON "dealer_member" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_agreement" ("id" text not null, "number" text not null, "version" integer not null default 1, "status" text check ("status" in ('draft', 'active', 'expired', 'terminated')) not null default 'draft', "valid_from" timestamptz not null, "valid_to" timestamptz null, "supersedes_id" text null, "min_monthly_turnover" numeric null, "min_annual_turnover" numeric null, "interaction_rules" text null, "price_list_id" text null, "discount_percent" numeric not null default 0, "payment_terms_days" integer not null default 0, "credit_limit" numeric null, "conflict_policy" text check ("conflict_policy" in ('credit_zone_owner', 'split', 'keep_seller', 'manual_review')) not null default 'manual_review', "split_share_percent" numeric null, "support_commitments" jsonb null, "payout_form" text check ("payout_form" in ('receivable_offset', 'marketing_points', 'cash', 'next_period_discount')) not null default 'receivable_offset', "activated_at" timestamptz null, "terminated_at" timestamptz null, "termination_reason" text null, "metadata" jsonb null, "dealer_id" text not null, "raw_min_monthly_turnover" jsonb null, "raw_min_annual_turnover" jsonb null, "raw_discount_percent" jsonb not null default '{"value":"0","precision":20}', "raw_credit_limit" jsonb null, "raw_split_share_percent" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_agreement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_agreement_dealer_id" ON "dealer_agreement" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_agreement_deleted_at" ON "dealer_agreement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_agreement_number_version_unique" ON "dealer_agreement" ("number", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_agreement_status" ON "dealer_agreement" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_zone" ("id" text not null, "is_exclusive" boolean not null default false, "starts_at" timestamptz not null, "ends_at" timestamptz null, "note" text null, "dealer_id" text not null, "territory_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_zone_dealer_id" ON "dealer_zone" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_zone_territory_id" ON "dealer_zone" ("territory_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_zone_deleted_at" ON "dealer_zone" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dealer_zone_category" ("id" text not null, "product_category_id" text not null, "zone_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_zone_category_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_zone_category_zone_id" ON "dealer_zone_category" ("zone_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_zone_category_deleted_at" ON "dealer_zone_category" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_zone_category_unique" ON "dealer_zone_category" ("zone_id", "product_category_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_territory" add constraint "dealer_territory_parent_id_foreign" foreign key ("parent_id") references "dealer_territory" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "dealer" add constraint "dealer_parent_id_foreign" foreign key ("parent_id") references "dealer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "dealer" add constraint "dealer_tier_id_foreign" foreign key ("tier_id") references "dealer_tier" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "dealer_member" add constraint "dealer_member_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "dealer_agreement" add constraint "dealer_agreement_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "dealer_zone" add constraint "dealer_zone_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "dealer_zone" add constraint "dealer_zone_territory_id_foreign" foreign key ("territory_id") references "dealer_territory" ("id") on update cascade;`);

    this.addSql(`alter table if exists "dealer_zone_category" add constraint "dealer_zone_category_zone_id_foreign" foreign key ("zone_id") references "dealer_zone" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_territory" drop constraint if exists "dealer_territory_parent_id_foreign";`);

    this.addSql(`alter table if exists "dealer_zone" drop constraint if exists "dealer_zone_territory_id_foreign";`);

    this.addSql(`alter table if exists "dealer" drop constraint if exists "dealer_tier_id_foreign";`);

    this.addSql(`alter table if exists "dealer" drop constraint if exists "dealer_parent_id_foreign";`);

    this.addSql(`alter table if exists "dealer_member" drop constraint if exists "dealer_member_dealer_id_foreign";`);

    this.addSql(`alter table if exists "dealer_agreement" drop constraint if exists "dealer_agreement_dealer_id_foreign";`);

    this.addSql(`alter table if exists "dealer_zone" drop constraint if exists "dealer_zone_dealer_id_foreign";`);

    this.addSql(`alter table if exists "dealer_zone_category" drop constraint if exists "dealer_zone_category_zone_id_foreign";`);

    this.addSql(`drop table if exists "dealer_application" cascade;`);

    this.addSql(`drop table if exists "dealer_territory" cascade;`);

    this.addSql(`drop table if exists "dealer_tier" cascade;`);

    this.addSql(`drop table if exists "dealer" cascade;`);

    this.addSql(`drop table if exists "dealer_member" cascade;`);

    this.addSql(`drop table if exists "dealer_agreement" cascade;`);

    this.addSql(`drop table if exists "dealer_zone" cascade;`);

    this.addSql(`drop table if exists "dealer_zone_category" cascade;`);
  }

}
