import type { AreaTexts } from "./texts"

const en = {
  sources: {
    payoutOffset_one: "Payout: offset against order {{orders}}",
    payoutOffset_other: "Payout: offset against orders {{orders}}",
    payoutForm: "Payout: {{form}}",
    payoutCode: "Payout: next period discount, code {{code}}",
    reversal: "Payout reversed ({{what}})",
    reward: "Reward: {{program}}, {{period}}",
    contestPrize: "Contest prize: {{contest}}",
    eventSeats_one: "{{event}}: {{count}} seat",
    eventSeats_other: "{{event}}: {{count}} seats",
    eventRefund: "{{event}}: seats refunded",
    materials: "Materials: {{materials}}",
    materialsReturned: "Materials returned: {{materials}}",
  },
  forms: {
    receivable_offset: "offset against receivables",
    marketing_points: "marketing points",
    cash: "cash",
    next_period_discount: "next period discount",
  },
}

export const wallet: AreaTexts<typeof en> = {
  en,
  ru: {
    sources: {
      payoutOffset_one: "Выплата: зачёт в оплату заказа {{orders}}",
      payoutOffset_few: "Выплата: зачёт в оплату заказов {{orders}}",
      payoutOffset_many: "Выплата: зачёт в оплату заказов {{orders}}",
      payoutOffset_other: "Выплата: зачёт в оплату заказов {{orders}}",
      payoutForm: "Выплата: {{form}}",
      payoutCode: "Выплата: скидка в следующем периоде, код {{code}}",
      reversal: "Выплата отменена ({{what}})",
      reward: "Вознаграждение: {{program}}, {{period}}",
      contestPrize: "Приз конкурса: {{contest}}",
      eventSeats_one: "{{event}}: {{count}} место",
      eventSeats_few: "{{event}}: {{count}} места",
      eventSeats_many: "{{event}}: {{count}} мест",
      eventSeats_other: "{{event}}: {{count}} места",
      eventRefund: "{{event}}: возврат за места",
      materials: "Материалы: {{materials}}",
      materialsReturned: "Возврат материалов: {{materials}}",
    },
    forms: {
      receivable_offset: "зачёт в оплату заказов",
      marketing_points: "маркетинговые баллы",
      cash: "деньгами",
      next_period_discount: "скидка в следующем периоде",
    },
  },
}
