/** The name of the customer group that carries a dealer's pricing terms. */
export function dealerCustomerGroupName(dealer: { code: string; name: string }): string {
  return `Dealer ${dealer.code}: ${dealer.name}`
}
