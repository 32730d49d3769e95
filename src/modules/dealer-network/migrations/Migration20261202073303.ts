import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202073303 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_network_job_run" drop constraint if exists "dealer_network_job_run_job_period_key_unique";`);
    this.addSql(`create table if not exists "dealer_network_job_run" ("id" text not null, "job" text not null, "period_key" text not null, "status" text check ("status" in ('running', 'succeeded', 'failed')) not null default 'running', "attempts" integer not null default 1, "started_at" timestamptz not null, "finished_at" timestamptz null, "result" jsonb null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_network_job_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_network_job_run_deleted_at" ON "dealer_network_job_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_network_job_run_job_period_key_unique" ON "dealer_network_job_run" ("job", "period_key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_network_job_run" cascade;`);
  }

}
