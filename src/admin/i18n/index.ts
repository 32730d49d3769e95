/**
 * The plugin's texts for the admin's translation mechanism: the dashboard merges this
 * default export into its own i18next resources. Every area's keys live under
 * `dealerNetwork.<area>`; read them with `useTexts("<area>")`.
 */
import { overview } from "./overview"
import { payouts } from "./payouts"

export const AREAS = { overview, payouts }

export type Area = keyof typeof AREAS
type Language = "en" | "ru"

const textsIn = (language: Language) =>
  Object.fromEntries(Object.entries(AREAS).map(([area, texts]) => [area, texts[language]]))

export default {
  en: { translation: { dealerNetwork: textsIn("en") } },
  ru: { translation: { dealerNetwork: textsIn("ru") } },
}
