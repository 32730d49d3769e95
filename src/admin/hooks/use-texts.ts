import { useMemo } from "react"
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

/** The words of a table's pagination ("1 — 20 of 45 results", "Prev", "Next") in the admin user's language. */
export function usePaginationTexts() {
  const { t } = useTexts("common")
  return useMemo(
    () => ({
      of: t("pagination.of"),
      results: t("pagination.results"),
      pages: t("pagination.pages"),
      prev: t("pagination.prev"),
      next: t("pagination.next"),
    }),
    [t]
  )
}
