import type { AreaTexts } from "./texts"

const en = {
  breadcrumb: "",
}

export const contests: AreaTexts<typeof en> = {
  en,
  ru: {
    breadcrumb: "",
  },
}
