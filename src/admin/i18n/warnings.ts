import type { AreaTexts } from "./texts"

const en = {
  closedPlan: {
    title: "Rewards for {{month}} were already closed",
    body: "Changing this plan changes the attainment those rewards were computed from. Nothing changes by itself: the next close of {{month}} accrues the difference, a top-up or a clawback.",
  },
  openPeriod: {
    title: "{{period}} has not ended yet",
    body: "It runs until {{day}}. Closing now accrues what was earned so far; orders until then, and a later close, will change the figures.",
  },
}

export const warnings: AreaTexts<typeof en> = {
  en,
  ru: {
    closedPlan: {
      title: "Вознаграждения за {{month}} уже начислены",
      body: "Изменение плана меняет выполнение, по которому они рассчитаны. Само ничего не пересчитается: следующее закрытие периода {{month}} начислит разницу — доплату или удержание.",
    },
    openPeriod: {
      title: "Период {{period}} ещё не закончился",
      body: "Он длится до {{day}}. Закрытие сейчас начислит заработанное на сегодня; заказы до конца периода и повторное закрытие изменят цифры.",
    },
  },
}
