import type { AreaTexts } from "./texts"

const en = {
  plan: "Plan",
  actual: "Actual",
  monthly: {
    title: "Plan against actual by month",
    description: "The last 12 months: each month's plan and what the ledger credited",
    empty: "No plans and no sales in the last 12 months.",
    label: "Plan against actual for each of the last 12 months",
  },
  territories: {
    title: "By territory",
    description: "Each country with the dealers that have a zone in force there that month",
    empty: "No dealer with a plan has a zone in force this month.",
    label: "Plan against actual per territory",
    count_one: "{{count}} territory",
    count_other: "{{count}} territories",
  },
}

export const charts: AreaTexts<typeof en> = {
  en,
  ru: {
    plan: "План",
    actual: "Факт",
    monthly: {
      title: "План и факт по месяцам",
      description: "Последние 12 месяцев: план каждого месяца и засчитанные продажи",
      empty: "За последние 12 месяцев нет ни планов, ни продаж.",
      label: "План и факт за каждый из последних 12 месяцев",
    },
    territories: {
      title: "По территориям",
      description: "Каждая страна с дилерами, у которых в этом месяце действует зона там",
      empty: "В этом месяце ни у одного дилера с планом нет действующей зоны.",
      label: "План и факт по территориям",
      count_one: "{{count}} территория",
      count_few: "{{count}} территории",
      count_many: "{{count}} территорий",
      count_other: "{{count}} территории",
    },
  },
}
