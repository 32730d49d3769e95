import type { AreaTexts } from "./texts"

const en = {
  breadcrumb: "",
}

export const receivables: AreaTexts<typeof en> = {
  en,
  ru: {
    breadcrumb: "",
  },
}
