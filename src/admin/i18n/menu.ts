import type { AreaTexts } from "./texts"

/**
 * The sidebar's entries. Route configs name them as keys (`label: "dealerNetwork.menu.dealers",
 * translationNs: "translation"`): the admin's Vite plugin reads both as string literals.
 */
const en = {
  overview: "Dealer network",
  dealers: "Dealers",
  applications: "Applications",
  progress: "Plans & deviations",
  rewards: "Rewards",
  receivables: "Receivables",
  events: "Events",
  materials: "Materials",
  contests: "Contests",
  rating: "Rating",
  conflicts: "Conflicts",
  alerts: "Alerts",
  territories: "Territories",
  tiers: "Tiers",
  zones: "Zones",
}

export const menu: AreaTexts<typeof en> = {
  en,
  ru: {
    overview: "Дилерская сеть",
    dealers: "Дилеры",
    applications: "Заявки",
    progress: "Планы и отклонения",
    rewards: "Вознаграждения",
    receivables: "Задолженность",
    events: "Мероприятия",
    materials: "Материалы",
    contests: "Конкурсы",
    rating: "Рейтинг",
    conflicts: "Конфликты",
    alerts: "Отклонения",
    territories: "Территории",
    tiers: "Уровни",
    zones: "Зоны",
  },
}

