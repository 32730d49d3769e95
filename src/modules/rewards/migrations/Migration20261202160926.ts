import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202160926 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_wallet_entry" drop constraint if exists "dealer_wallet_entry_source_type_check";`);

    this.addSql(`alter table if exists "dealer_wallet_entry" add constraint "dealer_wallet_entry_source_type_check" check("source_type" in ('accrual', 'payout', 'payout_reversal', 'conversion', 'event_registration', 'event_refund', 'material_request', 'material_refund'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dealer_wallet_entry" drop constraint if exists "dealer_wallet_entry_source_type_check";`);

    this.addSql(`alter table if exists "dealer_wallet_entry" add constraint "dealer_wallet_entry_source_type_check" check("source_type" in ('accrual', 'payout', 'payout_reversal', 'conversion', 'event_registration', 'event_refund'));`);
  }

}
