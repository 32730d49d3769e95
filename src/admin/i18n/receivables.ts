import type { AreaTexts } from "./texts"

const en = {
  breadcrumb: "Dealer receivables",
  heading: "Dealer receivables",
  description: "What dealers owe on their orders, most overdue first",
  descriptionAsOf: "What dealers owe on their orders, as of {{day}}, most overdue first",
  overdueOnly: "Overdue only",
  colDealer: "Dealer",
  colOrders: "Orders",
  colOutstanding: "Outstanding",
  colAgeing: "Ageing",
  colOverdue: "Overdue",
  colMostLate: "Most late",
  colOldestDue: "Oldest due",
  nothingOverdue: "Nothing overdue",
  nothingOutstanding: "Nothing outstanding",
  nothingOverdueHint: "No dealer is late paying an order.",
  nothingOutstandingHint: "Dealers' unpaid orders appear here once their members order.",
}

export const receivables: AreaTexts<typeof en> = {
  en,
  ru: {
    breadcrumb: "Задолженность дилеров",
    heading: "Задолженность дилеров",
    description: "Долг дилеров по заказам, сначала самая большая просрочка",
    descriptionAsOf: "Долг дилеров по заказам на {{day}}, сначала самая большая просрочка",
    overdueOnly: "Только просроченные",
    colDealer: "Дилер",
    colOrders: "Заказы",
    colOutstanding: "Долг",
    colAgeing: "Структура долга",
    colOverdue: "Просрочено",
    colMostLate: "Макс. просрочка",
    colOldestDue: "Самый ранний срок",
    nothingOverdue: "Просрочек нет",
    nothingOutstanding: "Задолженности нет",
    nothingOverdueHint: "Ни один дилер не просрочил оплату заказа.",
    nothingOutstandingHint: "Неоплаченные заказы дилеров появятся здесь, когда их сотрудники начнут заказывать.",
  },
}
