import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203041234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_agreement" add column if not exists "min_monthly_quantity" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_agreement" drop column if exists "min_monthly_quantity";`);
  }

}
