// The admin's locale-aware formats read the active react-i18next instance: in the
// portal that is the portal's, so numbers, money and dates follow the buyer's language.
export { creditLeft, formatMoney, formatNumber, formatPercent, formatScore, signClass } from "../../../src/admin/lib/numbers"
export { currentMonth, formatDate, formatDay, formatMonth, formatPeriod, formatShortMonth, shiftMonth, todayKey } from "../../../src/admin/lib/dates"
