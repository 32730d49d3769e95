import type { AreaTexts } from "./texts"

const en = {
  title: "Deviation alerts",
  badge_one: "{{count}} open alert",
  badge_other: "{{count}} open alerts",
  description:
    "The daily check raises an alert when a dealer falls behind its plan or its run-rate will miss it, and clears it when the dealer catches up.",
  tabs: { open: "Open", cleared: "Cleared" },
  filters: { kind: "Kind", allKinds: "All kinds" },
  kinds: {
    behind_plan: "Behind plan",
    projection_miss: "Will miss the plan",
    volume_commitment: "Volume commitment missed",
  },
  columns: { dealer: "Dealer", kind: "Kind", day: "Day", figures: "What the check found", status: "Status" },
  status: { open: "Open", cleared: "Cleared on {{date}}" },
  figures: {
    behind_plan: "{{actual}} sold against {{expected}} expected by then ({{deviation}}, {{percent}})",
    projection_miss: "At this pace {{projected}} by month-end, {{gap}} short of the plan of {{target}}",
    volume_commitment: "{{shortfall}} short of the volume commitment of agreement {{agreement}}",
    volume_commitment_units_one: "{{count}} unit short of the volume commitment of agreement {{agreement}}",
    volume_commitment_units_other: "{{count}} units short of the volume commitment of agreement {{agreement}}",
  },
  progress: "Progress",
  progressLink: "See {{code}}'s progress for {{month}}",
  empty: { open: "No open alerts: every dealer is on track.", cleared: "No cleared alerts." },
  emptyHint: "The check runs daily; run it now from Plans & deviations.",
}

export const alerts: AreaTexts<typeof en> = {
  en,
  ru: {
    title: "Отклонения от плана",
    badge_one: "{{count}} открытый сигнал",
    badge_few: "{{count}} открытых сигнала",
    badge_many: "{{count}} открытых сигналов",
    badge_other: "{{count}} открытого сигнала",
    description:
      "Ежедневная проверка создаёт сигнал, когда дилер отстаёт от плана или при текущем темпе его не выполнит, и снимает его, когда дилер догоняет план.",
    tabs: { open: "Открытые", cleared: "Снятые" },
    filters: { kind: "Вид", allKinds: "Все виды" },
    kinds: {
      behind_plan: "Отставание от плана",
      projection_miss: "План не будет выполнен",
      volume_commitment: "Не выполнен объём по договору",
    },
    columns: { dealer: "Дилер", kind: "Вид", day: "День", figures: "Что показала проверка", status: "Статус" },
    status: { open: "Открыт", cleared: "Снят {{date}}" },
    figures: {
      behind_plan: "Продано {{actual}} при ожидаемых к этому дню {{expected}} ({{deviation}}, {{percent}})",
      projection_miss: "При таком темпе {{projected}} к концу месяца — на {{gap}} меньше плана {{target}}",
      volume_commitment: "Не хватает {{shortfall}} до объёма по договору {{agreement}}",
      volume_commitment_units_one: "Не хватает {{count}} единицы до объёма по договору {{agreement}}",
      volume_commitment_units_few: "Не хватает {{count}} единиц до объёма по договору {{agreement}}",
      volume_commitment_units_many: "Не хватает {{count}} единиц до объёма по договору {{agreement}}",
      volume_commitment_units_other: "Не хватает {{count}} единицы до объёма по договору {{agreement}}",
    },
    progress: "Выполнение плана",
    progressLink: "Выполнение плана {{code}} за {{month}}",
    empty: { open: "Открытых сигналов нет: все дилеры идут по плану.", cleared: "Снятых сигналов нет." },
    emptyHint: "Проверка идёт ежедневно; запустить её сейчас можно в разделе «Планы и отклонения».",
  },
}
