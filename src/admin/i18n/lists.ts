import type { AreaTexts } from "./texts"

// Texts every list page shares.
const en = {
  selected_one: "{{count}} selected",
  selected_other: "{{count}} selected",
}

export const lists: AreaTexts<typeof en> = {
  en,
  ru: {
    selected_one: "Выбрана {{count}}",
    selected_few: "Выбрано {{count}}",
    selected_many: "Выбрано {{count}}",
    selected_other: "Выбрано {{count}}",
  },
}
