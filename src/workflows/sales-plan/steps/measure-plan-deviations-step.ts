import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decideDeviationAlerts, money } from "../../../lib/deviation-alerts"
import { calendarOf, workingDays } from "../../../lib/deviation"
import { DAY_KEY_PATTERN, dayKeyOf } from "../../../lib/periods"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../../modules/sales-plan"
import type { FlaggedAlertInput, PlanStandingRow } from "../../../modules/sales-plan/alert-types"
import type SalesPlanModuleService from "../../../modules/sales-plan/service"

export const measurePlanDeviationsStepId = "dealer-network-measure-plan-deviations"

export type MeasurePlanDeviationsInput = {
  /** "YYYY-MM-DD"; today in the plugin's time zone when left out. */
  date?: string
}

export type MeasuredDeviations = {
  date: string
  period_key: string
  /** Planned dealers looked at. */
  checked: number
  flagged: FlaggedAlertInput[]
}

/**
 * Reads every planned dealer's month on the day in one grouped query and
 * decides, by the plugin's thresholds, who is behind plan and whose run-rate
 * misses it. Writes nothing.
 */
export const measurePlanDeviationsStep = createStep(
  measurePlanDeviationsStepId,
  async (input: MeasurePlanDeviationsInput, { container }) => {
    const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const plans: SalesPlanModuleService = container.resolve(SALES_PLAN_MODULE)
    const options = network.getOptions()
    const date = input.date ?? dayKeyOf(new Date(), options.timeZone)
    if (!DAY_KEY_PATTERN.test(date)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `date: must be a day as YYYY-MM-DD`)
    }
    const periodKey = date.slice(0, 7)
    const calendar = calendarOf(options)
    const { total, elapsed } = workingDays(periodKey, date, calendar)
    const rows = await plans.listPlanStandings({
      period_key: periodKey,
      as_of: date,
      time_zone: options.timeZone,
      working_days_elapsed: elapsed,
      working_days_total: total,
    })
    const thresholds = {
      percent: options.deviationThresholdPercent,
      amount: options.deviationThresholdAmount ?? null,
    }

    const decided = rows
      .map((row) => ({ row, decision: decideDeviationAlerts({ ...row, working_days_elapsed: elapsed }, thresholds) }))
      .filter(({ decision }) => decision.behind_plan || decision.projection_miss)
    const dealers = decided.length
      ? await network.listDealers({ id: decided.map(({ row }) => row.dealer_id) }, { select: ["id", "code", "name"] })
      : []
    const labelOf = new Map(dealers.map((d) => [d.id, `${d.name} (${d.code})`]))

    const flagged: FlaggedAlertInput[] = []
    for (const { row, decision } of decided) {
      const figures = {
        plan_id: row.plan_id,
        currency_code: row.currency_code,
        date,
        target_amount: money(row.target_amount),
        expected_to_date: row.expected_amount,
        actual_to_date: money(row.actual_amount),
        actual_order_count: row.actual_order_count,
        deviation: row.deviation,
        deviation_percent: row.deviation_percent,
        attainment_percent: row.attainment_percent,
        shortfall: decision.shortfall,
        projected: row.projected_amount,
        projected_gap: row.projected_gap,
        projected_shortfall: decision.projected_shortfall,
        working_days_elapsed: elapsed,
        working_days_total: total,
        threshold_percent: thresholds.percent,
        threshold_amount: thresholds.amount,
      }
      const label = labelOf.get(row.dealer_id) ?? row.dealer_id
      if (decision.behind_plan) {
        flagged.push({
          dealer_id: row.dealer_id,
          kind: "behind_plan",
          figures,
          message: behindMessage(label, periodKey, row, decision.shortfall, date),
        })
      }
      if (decision.projection_miss) {
        flagged.push({
          dealer_id: row.dealer_id,
          kind: "projection_miss",
          figures,
          message: projectionMessage(label, periodKey, row, decision.projected_shortfall),
        })
      }
    }
    return new StepResponse<MeasuredDeviations>({ date, period_key: periodKey, checked: rows.length, flagged })
  }
)

function behindMessage(label: string, period: string, row: PlanStandingRow, shortfall: string, date: string) {
  const cur = row.currency_code.toUpperCase()
  const percent = row.deviation_percent ? ` (${row.deviation_percent} %)` : ""
  return `${label} is ${shortfall} ${cur} behind its ${period} plan on ${date}${percent}: ${money(row.actual_amount)} ${cur} sold, ${row.expected_amount} ${cur} expected by now of ${money(row.target_amount)} ${cur}.`
}

function projectionMessage(label: string, period: string, row: PlanStandingRow, shortfall: string) {
  const cur = row.currency_code.toUpperCase()
  return `${label} is heading for ${row.projected_amount} ${cur} in ${period} at its current run-rate, ${shortfall} ${cur} short of its plan of ${money(row.target_amount)} ${cur}.`
}
