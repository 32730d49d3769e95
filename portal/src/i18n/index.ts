/**
 * The portal's texts: its own areas under `portal.<area>`, and the admin's areas
 * under `dealerNetwork.<area>` so the admin's shared pieces (charts, labels) read
 * their texts here too. One i18next instance; the language is the buyer's choice,
 * kept in localStorage, first guessed from the browser.
 */
import i18next from "i18next"
import { initReactI18next, useTranslation } from "react-i18next"
import adminResources from "../../../src/admin/i18n"
import { auth } from "./auth"
import { layout } from "./layout"
import { money } from "./money"
import { order } from "./order"
import { plan } from "./plan"
import { support } from "./support"

export const PORTAL_AREAS = { auth, layout, money, order, plan, support }
export type PortalArea = keyof typeof PORTAL_AREAS
export const LANGUAGES = ["en", "ru"] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = "dealer_portal_language"

const portalTextsIn = (language: Language) =>
  Object.fromEntries(Object.entries(PORTAL_AREAS).map(([area, texts]) => [area, texts[language]]))

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY)
  if (stored === "en" || stored === "ru") return stored
  return navigator.language.toLowerCase().startsWith("ru") ? "ru" : "en"
}

export function setupI18n() {
  return i18next.use(initReactI18next).init({
    lng: initialLanguage(),
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    resources: Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        { translation: { ...adminResources[language].translation, portal: portalTextsIn(language) } },
      ])
    ),
  })
}

export function changeLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
  return i18next.changeLanguage(language)
}

/** The texts of one portal area in the buyer's language, and the locale for Intl formats. */
export function useTexts(area: PortalArea) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: `portal.${area}` })
  return { t, locale: i18n.resolvedLanguage || i18n.language || "en", language: (i18n.resolvedLanguage || "en") as Language }
}
