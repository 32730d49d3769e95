/**
 * The shape every language of an area must have: the same keys as English, each a
 * string. Typing the Russian texts with it makes a missing or extra key a type error.
 */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

/** One area of the plugin's screens in every language it ships. */
export type AreaTexts<T> = { en: T; ru: Texts<T> }
