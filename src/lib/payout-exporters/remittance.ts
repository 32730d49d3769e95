/** The text the dealer's bank statement shows: the dealer's code and the payout. */
export function remittanceText(dealerCode: string, payoutId: string): string {
  return `Dealer ${dealerCode} reward payout ${payoutId}`
}
