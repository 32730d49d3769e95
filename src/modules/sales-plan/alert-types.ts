// Types of the deviation alerts and the tier review (sales-plan service, its own block).

export type AlertKind = "behind_plan" | "projection_miss" | "volume_commitment"

/** A planned dealer's month on a day, read in one grouped query. */
export type PlanStandingRow = {
  dealer_id: string
  plan_id: string
  currency_code: string
  target_amount: string
  actual_amount: string
  actual_order_count: number
  /** Plan × working days elapsed ÷ working days of the month, to the cent. */
  expected_amount: string
  /** actual − expected (unrounded expected), to the cent: negative when behind. */
  deviation: string
  deviation_percent: string | null
  attainment_percent: string | null
  /** actual ÷ elapsed × total working days, to the cent (actual while no day has elapsed). */
  projected_amount: string
  /** projected − target. */
  projected_gap: string
}

/** Units (the order lines' quantities, net of cancellations and returns) a dealer sold in a month. */
export type UnitsOfMonthRow = { dealer_id: string; units: string }

export type TurnoverWindowRow = {
  dealer_id: string
  currency_code: string
  window_months: number
  amount: string
}

export type FlaggedAlertInput = {
  dealer_id: string
  kind: AlertKind
  figures: Record<string, unknown>
  message: string
}

export type RecordAlertsInput = {
  period_key: string
  /** The day the alerts are for ("YYYY-MM-DD"): one alert per dealer, day and kind. */
  alert_date: string
  /** The kinds this run decides on: open alerts of these kinds not flagged again are cleared. */
  kinds: AlertKind[]
  flagged: FlaggedAlertInput[]
}

/** What an alert looked like before a run changed it, to undo the run. */
export type AlertSnapshot = {
  id: string
  status: "open" | "cleared"
  cleared_at: Date | null
  figures: Record<string, unknown>
  message: string
}
