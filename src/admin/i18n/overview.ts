import type { AreaTexts } from "./texts"

const en = {
  title: "Dealer network",
}

export const overview: AreaTexts<typeof en> = {
  en,
  ru: {
    title: "Дилерская сеть",
  },
}
