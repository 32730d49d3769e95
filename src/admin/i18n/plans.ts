import type { AreaTexts } from "./texts"

const en = {
  breadcrumb: "",
}

export const plans: AreaTexts<typeof en> = {
  en,
  ru: {
    breadcrumb: "",
  },
}
