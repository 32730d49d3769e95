import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127002154 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_agreement" add column if not exists "reward_program_ids" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_agreement" drop column if exists "reward_program_ids";`);
  }

}
