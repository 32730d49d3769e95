import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// The month-wide reads (the ranked list, the network's roll-ups and its day
// curve) answered from indexes alone: each index carries the columns they sum.
export class Migration20261203080000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_dealer_contribution_total_period";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_total_period_figures" ON "dealer_contribution_total" ("period_key", "dealer_id", "currency_code", "amount", "order_count") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_dealer_sales_plan_period";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_sales_plan_period_figures" ON "dealer_sales_plan" ("period_key", "dealer_id", "currency_code", "target_amount", "target_order_count", "id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_dealer_contribution_period_credited";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_period_day" ON "dealer_contribution" ("period_key", "occurred_at", "currency_code", "amount") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_dealer_contribution_total_period_figures";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_total_period" ON "dealer_contribution_total" ("period_key", "dealer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_dealer_sales_plan_period_figures";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_sales_plan_period" ON "dealer_sales_plan" ("period_key") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_dealer_contribution_period_day";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_contribution_period_credited" ON "dealer_contribution" ("period_key", "occurred_at") WHERE deleted_at IS NULL;`);
  }

}
