import type { AreaTexts } from "../../../src/admin/i18n/texts"

const en = {
  title: "Dealer portal",
  nav: {
    order: "Order",
    cart: "Cart",
    invoices: "Invoices",
    wallet: "Wallet",
    rewards: "Rewards",
    plan: "Plan",
    support: "Support",
  },
  language: "Language",
  logOut: "Log out",
  loading: "Loading…",
  notConfigured: "The portal is not configured: {{message}}",
  loadFailed: "Could not load this page: {{message}}",
  retry: "Try again",
  roles: { owner: "Owner", manager: "Manager", buyer: "Buyer" },
}

export const layout: AreaTexts<typeof en> = {
  en,
  ru: {
    title: "Портал дилера",
    nav: {
      order: "Заказ",
      cart: "Корзина",
      invoices: "Счета",
      wallet: "Кошелёк",
      rewards: "Бонусы",
      plan: "План",
      support: "Поддержка",
    },
    language: "Язык",
    logOut: "Выйти",
    loading: "Загрузка…",
    notConfigured: "Портал не настроен: {{message}}",
    loadFailed: "Не удалось загрузить страницу: {{message}}",
    retry: "Повторить",
    roles: { owner: "Владелец", manager: "Менеджер", buyer: "Закупщик" },
  },
}
