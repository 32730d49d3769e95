import type { AreaTexts } from "./texts"

/**
 * Statuses and kinds shared by several screens. `lib/labels.ts` re-exports the English
 * maps under their old names and `useLabels()` gives them in the admin user's language.
 */
const en = {
  role: {
    distributor: "Distributor",
    dealer: "Dealer",
    sub_dealer: "Sub-dealer",
  },
  pace: {
    behind: "Behind plan",
    on_track: "On track",
    ahead: "Ahead of plan",
    not_started: "Nothing expected yet",
    no_plan: "No plan",
  },
  ageing: {
    current: "Current",
    overdue_1_30: "1–30 days",
    overdue_31_60: "31–60 days",
    overdue_61_90: "61–90 days",
    overdue_over_90: "90+ days",
  },
  rewardKind: {
    money: "Money",
    marketing_points: "Marketing points",
    event_credit: "Event credit",
  },
  eventType: {
    conference: "Conference",
    webinar: "Webinar",
    training_onsite: "Training (on site)",
    training_remote: "Training (remote)",
    master_class: "Master class",
    product_launch: "Product launch",
    informal: "Informal event",
  },
  eventStatus: {
    draft: "Draft",
    published: "Published",
    completed: "Completed",
    cancelled: "Cancelled",
  },
  registrationStatus: {
    registered: "Registered",
    cancelled: "Cancelled",
  },
  attendance: {
    attended: "Attended",
    no_show: "No-show",
  },
  ratingComponent: {
    plan_attainment: "Plan attainment",
    sales_growth: "Growth on last year",
    focus_share: "Focus-product share",
    average_order_value: "Average order value",
    payment_discipline: "Payment discipline",
    events_attended: "Events attended",
    contest_results: "Contest results",
  },
  ratingComponentHint: {
    plan_attainment: "Sales ÷ plan, against the network's best",
    sales_growth: "Sales vs the same months last year, against the best",
    focus_share: "Focus products' and categories' share of sales, against the best",
    average_order_value: "Sales ÷ orders, against the best",
    payment_discipline: "Most days an unpaid order is overdue: 100 at none, −2 a day",
    events_attended: "Events held in the period the dealer attended, against the best",
    contest_results: "Placings in contests closed in the period (1st of 4 = 100, 4th = 25), averaged, against the best",
  },
  contestMetric: {
    sales_amount: "Sales amount",
    focus_quantity: "Focus product/category units",
    focus_amount: "Focus product/category amount",
    attainment_percent: "Plan attainment %",
    growth_percent: "Growth vs the same dates last year",
    new_customer_orders: "Orders from new customers",
  },
  contestStatus: {
    draft: "Draft",
    running: "Running",
    closed: "Closed",
    cancelled: "Cancelled",
  },
  tieRule: {
    shared: "Shared rank: each tied dealer gets the prize",
    earliest: "First to reach the figure ranks higher",
  },
  materialKind: {
    poster: "Poster",
    sample: "Sample",
    display: "Display",
    digital_kit: "Digital kit",
    other: "Other",
  },
  materialRequestStatus: {
    requested: "Requested",
    shipped: "Shipped",
    rejected: "Rejected",
    cancelled: "Cancelled",
  },
}

export const labels: AreaTexts<typeof en> = {
  en,
  ru: {
    role: {
      distributor: "Дистрибьютор",
      dealer: "Дилер",
      sub_dealer: "Субдилер",
    },
    pace: {
      behind: "Отстаёт от плана",
      on_track: "По плану",
      ahead: "Опережает план",
      not_started: "Пока ничего не ожидается",
      no_plan: "Нет плана",
    },
    ageing: {
      current: "Без просрочки",
      overdue_1_30: "1–30 дней",
      overdue_31_60: "31–60 дней",
      overdue_61_90: "61–90 дней",
      overdue_over_90: "Более 90 дней",
    },
    rewardKind: {
      money: "Деньги",
      marketing_points: "Маркетинговые баллы",
      event_credit: "Кредит на мероприятия",
    },
    eventType: {
      conference: "Конференция",
      webinar: "Вебинар",
      training_onsite: "Обучение (очно)",
      training_remote: "Обучение (онлайн)",
      master_class: "Мастер-класс",
      product_launch: "Презентация продукта",
      informal: "Неформальная встреча",
    },
    eventStatus: {
      draft: "Черновик",
      published: "Опубликовано",
      completed: "Проведено",
      cancelled: "Отменено",
    },
    registrationStatus: {
      registered: "Зарегистрирован",
      cancelled: "Отменена",
    },
    attendance: {
      attended: "Присутствовал",
      no_show: "Не пришёл",
    },
    ratingComponent: {
      plan_attainment: "Выполнение плана",
      sales_growth: "Рост к прошлому году",
      focus_share: "Доля фокусных товаров",
      average_order_value: "Средний чек",
      payment_discipline: "Платёжная дисциплина",
      events_attended: "Посещение мероприятий",
      contest_results: "Результаты конкурсов",
    },
    ratingComponentHint: {
      plan_attainment: "Продажи ÷ план, относительно лучшего в сети",
      sales_growth: "Продажи к тем же месяцам прошлого года, относительно лучшего",
      focus_share: "Доля фокусных товаров и категорий в продажах, относительно лучшего",
      average_order_value: "Продажи ÷ число заказов, относительно лучшего",
      payment_discipline: "Наибольшая просрочка неоплаченного заказа в днях: 100 без просрочки, −2 за день",
      events_attended: "Мероприятия периода, которые посетил дилер, относительно лучшего",
      contest_results: "Места в конкурсах, завершённых в периоде (1-е из 4 = 100, 4-е = 25), в среднем, относительно лучшего",
    },
    contestMetric: {
      sales_amount: "Сумма продаж",
      focus_quantity: "Штуки фокусных товаров/категорий",
      focus_amount: "Сумма фокусных товаров/категорий",
      attainment_percent: "Выполнение плана, %",
      growth_percent: "Рост к тем же датам прошлого года",
      new_customer_orders: "Заказы новых клиентов",
    },
    contestStatus: {
      draft: "Черновик",
      running: "Идёт",
      closed: "Завершён",
      cancelled: "Отменён",
    },
    tieRule: {
      shared: "Общее место: приз получает каждый из равных дилеров",
      earliest: "Выше тот, кто первым достиг результата",
    },
    materialKind: {
      poster: "Плакат",
      sample: "Образец",
      display: "Стенд",
      digital_kit: "Цифровой комплект",
      other: "Другое",
    },
    materialRequestStatus: {
      requested: "Запрошено",
      shipped: "Отгружено",
      rejected: "Отклонено",
      cancelled: "Отменено",
    },
  },
}
