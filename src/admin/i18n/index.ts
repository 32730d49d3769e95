/**
 * The plugin's texts for the admin's translation mechanism: the dashboard merges this
 * default export into its own i18next resources. Every area's keys live under
 * `dealerNetwork.<area>`; read them with `useTexts("<area>")`. Sidebar labels are keys
 * of `menu`.
 */
import { alerts } from "./alerts"
import { applications } from "./applications"
import { charts } from "./charts"
import { common } from "./common"
import { conflicts } from "./conflicts"
import { contests } from "./contests"
import { contracts } from "./contracts"
import { dealerPage } from "./dealer-page"
import { dealers } from "./dealers"
import { events } from "./events"
import { labels } from "./labels"
import { lists } from "./lists"
import { materials } from "./materials"
import { menu } from "./menu"
import { overview } from "./overview"
import { payouts } from "./payouts"
import { plans } from "./plans"
import { rating } from "./rating"
import { receivables } from "./receivables"
import { rewards } from "./rewards"
import { rules } from "./rules"
import { territories } from "./territories"
import { tiers } from "./tiers"
import { validation } from "./validation"
import { wallet } from "./wallet"
import { warnings } from "./warnings"
import { zones } from "./zones"

export const AREAS = { alerts, applications, charts, common, conflicts, contests, contracts, dealerPage, dealers, events, labels, lists, materials, menu, overview, payouts, plans, rating, receivables, rewards, rules, territories, tiers, validation, wallet, warnings, zones }

export type Area = keyof typeof AREAS
type Language = "en" | "ru"

const textsIn = (language: Language) =>
  Object.fromEntries(Object.entries(AREAS).map(([area, texts]) => [area, texts[language]]))

export default {
  en: { translation: { dealerNetwork: textsIn("en") } },
  ru: { translation: { dealerNetwork: textsIn("ru") } },
}
