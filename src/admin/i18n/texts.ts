/** The Russian-only plural forms a key with English `_other` needs besides `_one` and `_other`. */
type RussianPlurals<K> = K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never

/**
 * The shape every language of an area must have: the same keys as English, each a
 * string, plus `_few` and `_many` beside every plural. Typing the Russian texts with it
 * makes a missing or extra key a type error.
 */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> } & {
  [K in RussianPlurals<keyof T & string>]: string
}

/** One area of the plugin's screens in every language it ships. */
export type AreaTexts<T> = { en: T; ru: Texts<T> }
