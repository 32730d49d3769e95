/**
 * The charts' legend props (`<Legend {...LEGEND} />`): small text in the page's
 * colour; in the series' colour a pale plan bar's name is hard to read.
 */
export const LEGEND = {
  wrapperStyle: { fontSize: 12 },
  formatter: (value: string) => <span className="text-ui-fg-subtle">{value}</span>,
}
