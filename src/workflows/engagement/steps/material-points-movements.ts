import BigNumber from "bignumber.js"
import type { WalletMovement } from "../../../types/rewards"

/** A material request's points, as the wallet holds them. */
export type RequestPoints = { id: string; dealer_id: string; total_points: string; currency_code: string }

/**
 * A request's points as a wallet movement: out when it is placed
 * (`material_request`), back in when it is rejected or cancelled
 * (`material_refund`). The request is the source, so each is written once.
 * A request of free materials moves nothing.
 */
export function materialPointsMovements(request: RequestPoints, direction: "charge" | "refund"): WalletMovement[] {
  const points = new BigNumber(request.total_points)
  if (!points.gt(0)) return []
  return [
    {
      dealer_id: request.dealer_id,
      kind: "marketing_points",
      amount: (direction === "charge" ? points.negated() : points).toFixed(),
      currency_code: request.currency_code,
      source_type: direction === "charge" ? "material_request" : "material_refund",
      source_id: request.id,
      description: direction === "charge" ? "Marketing materials requested" : "Marketing materials request returned",
    },
  ]
}
