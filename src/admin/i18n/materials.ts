import type { AreaTexts } from "./texts"

const en = {
  breadcrumb: "",
}

export const materials: AreaTexts<typeof en> = {
  en,
  ru: {
    breadcrumb: "",
  },
}
