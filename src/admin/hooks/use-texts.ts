import { useTranslation } from "react-i18next"
import type { Area } from "../i18n"

/**
 * The texts of one area of the plugin's screens in the admin user's language
 * (`t("title")` reads `dealerNetwork.<area>.title`), and the user's locale as a
 * BCP 47 tag for Intl formats ("ru", "en-GB").
 */
export function useTexts(area: Area) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: `dealerNetwork.${area}` })
  const locale = (i18n.resolvedLanguage || i18n.language || "en").replace(/^([a-z]{2})([A-Z]{2})$/, "$1-$2")
  return { t, locale }
}
