/** Russian plurals need `_few` and `_many` forms beside every `_other` key English has. */
type RussianPlurals<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never]-?: string
}

/**
 * The shape every language of an area must have: the same keys as English, each a
 * string (and Russian's extra plural forms). Typing the Russian texts with it makes a
 * missing key a type error.
 */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

/** One area of the plugin's screens in every language it ships. */
export type AreaTexts<T> = { en: T; ru: Texts<T> & DeepRussianPlurals<T> }

type DeepRussianPlurals<T> = RussianPlurals<T> & {
  [K in keyof T as T[K] extends string ? never : K]: DeepRussianPlurals<T[K]>
}
