import type { AreaTexts } from "./texts"

const en = {
  breadcrumb: "",
}

export const rating: AreaTexts<typeof en> = {
  en,
  ru: {
    breadcrumb: "",
  },
}
