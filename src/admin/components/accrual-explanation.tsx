import { Badge, Drawer, Text } from "@medusajs/ui"
import { formatMoney, humanize } from "../lib/format"
import type { RewardAccrual } from "../lib/types"

const OPS: Record<string, string> = { gte: "≥", gt: ">", lte: "≤", lt: "<", eq: "=" }

const Line = ({ label, value }: { label: string; value: string | null | undefined }) =>
  value == null ? null : (
    <div className="flex justify-between gap-x-4 py-1">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" className="tabular-nums">
        {value}
      </Text>
    </div>
  )

/** An accrual's amount in its kind: money and event credit in the currency, points as a count. */
export function formatReward(amount: string, accrual: Pick<RewardAccrual, "kind" | "currency_code">) {
  return accrual.kind === "marketing_points" ? `${Number(amount).toLocaleString()} points` : formatMoney(amount, accrual.currency_code)
}

/** How the period close arrived at an accrual: conditions, base, tier or bands, rate and cap. */
export const AccrualExplanationDrawer = ({
  accrual,
  onClose,
}: {
  accrual: RewardAccrual | null
  onClose: () => void
}) => {
  const explanation = accrual?.explanation
  return (
    <Drawer open={!!accrual} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="accrual-explanation">
        <Drawer.Header>
          <Drawer.Title>
            {explanation?.rule?.name ?? "Reward"} · {accrual?.period_key}
          </Drawer.Title>
        </Drawer.Header>
        {accrual && explanation && (
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <div>
              <Line label="Program" value={explanation.program ? `${explanation.program.code} · ${explanation.program.name}` : null} />
              <Line label="This entry" value={formatReward(accrual.amount, accrual)} />
              <Line label="Earned to date" value={formatReward(accrual.earned_to_date, accrual)} />
              <Line label="Base" value={explanation.base ? formatMoney(explanation.base, accrual.currency_code) : null} />
              <Line label="Measure" value={explanation.measure} />
              <Line label="Rate" value={explanation.rate_percent ? `${explanation.rate_percent}%` : null} />
              <Line
                label="Tier"
                value={explanation.tier ? `from ${explanation.tier.from} at ${explanation.tier.rate_percent}%` : null}
              />
              <Line label="Before the cap" value={explanation.uncapped_amount} />
              <Line label="Cap" value={explanation.cap ? `${explanation.cap}${explanation.capped ? " (reached)" : ""}` : null} />
            </div>
            {!!explanation.conditions?.length && (
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  Conditions
                </Text>
                {explanation.conditions.map((condition, index) => (
                  <div key={index} className="flex items-center justify-between gap-x-2">
                    <Text size="small">
                      {humanize(condition.metric)} {OPS[condition.op] ?? condition.op} {condition.value}
                      {condition.focus_key ? ` (${condition.focus_key})` : ""}
                    </Text>
                    <Badge size="2xsmall" color={condition.met ? "green" : "red"}>
                      {condition.actual ?? "n/a"} · {condition.met ? "met" : "not met"}
                    </Badge>
                  </div>
                ))}
              </div>
            )}
            {!!explanation.bands?.length && (
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  Bands
                </Text>
                {explanation.bands.map((band, index) => (
                  <Line
                    key={index}
                    label={`${band.from} – ${band.to ?? "∞"} at ${band.rate_percent}%`}
                    value={`${band.amount_in_band} → ${band.reward}`}
                  />
                ))}
              </div>
            )}
            {accrual.rejection_reason && <Line label="Rejected" value={accrual.rejection_reason} />}
          </Drawer.Body>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
