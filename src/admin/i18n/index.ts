/**
 * The plugin's texts for the admin's translation mechanism: the dashboard merges this
 * default export into its own i18next resources. Every area's keys live under
 * `dealerNetwork.<area>`; read them with `useTexts("<area>")`. Sidebar labels are keys
 * of `menu`.
 */
import { contests } from "./contests"
import { events } from "./events"
import { labels } from "./labels"
import { materials } from "./materials"
import { menu } from "./menu"
import { overview } from "./overview"
import { plans } from "./plans"
import { rating } from "./rating"
import { receivables } from "./receivables"

export const AREAS = { menu, overview, labels, events, materials, contests, rating, plans, receivables }

export type Area = keyof typeof AREAS
type Language = "en" | "ru"

const textsIn = (language: Language) =>
  Object.fromEntries(Object.entries(AREAS).map(([area, texts]) => [area, texts[language]]))

export default {
  en: { translation: { dealerNetwork: textsIn("en") } },
  ru: { translation: { dealerNetwork: textsIn("ru") } },
}
