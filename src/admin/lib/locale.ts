import { getI18n } from "react-i18next"

/**
 * The admin user's language as a BCP 47 tag for Intl formats ("ru", "en-GB"): the
 * dashboard's own i18next instance, so numbers and dates follow the language chosen
 * in the admin's profile, not the browser's.
 */
export function adminLocale(): string {
  const i18n = getI18n()
  const language = i18n?.resolvedLanguage || i18n?.language || "en"
  return language.replace(/^([a-z]{2})([A-Z]{2})$/, "$1-$2")
}

/** One Intl formatter per locale and options, built on first use. */
export function cachedFormat<T>(build: (locale: string) => T): () => T {
  const byLocale = new Map<string, T>()
  return () => {
    const locale = adminLocale()
    if (!byLocale.has(locale)) byLocale.set(locale, build(locale))
    return byLocale.get(locale) as T
  }
}

/**
 * One of the plugin's texts ("common.required") in the admin user's language, for code
 * that runs outside a component: breadcrumbs, form schemas, formatters.
 */
export function adminText(key: string, options?: Record<string, unknown>): string {
  const i18n = getI18n()
  return i18n ? String(i18n.t(`dealerNetwork.${key}`, options)) : key
}
