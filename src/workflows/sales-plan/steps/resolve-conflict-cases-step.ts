import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEALER_NETWORK_MODULE } from "../../../modules/dealer-network"
import type {
  ConflictCaseSnapshot,
  ConflictDecision,
} from "../../../modules/dealer-network/conflict-types"
import type DealerNetworkModuleService from "../../../modules/dealer-network/service"

export type ResolveConflictCasesInput = {
  decisions: (ConflictDecision & { id: string })[]
  /** Skip a case someone resolved meanwhile instead of failing (automatic resolutions). */
  skip_if_resolved?: boolean
}

/** A resolved case, as the credit step needs it. */
export type ResolvedConflictCase = {
  id: string
  order_id: string
  kind: string
  seller_dealer_id: string
  zone_owner_dealer_id: string | null
  resolution: "credit_zone_owner" | "split" | "keep_seller"
  split_share_percent: string | null
}

export const resolveConflictCasesStepId = "dealer-network-resolve-conflict-cases"

/** Closes open cases with their resolutions; reopens them if a later step fails. */
export const resolveConflictCasesStep = createStep(
  resolveConflictCasesStepId,
  async (input: ResolveConflictCasesInput, { container }) => {
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    const resolved: ResolvedConflictCase[] = []
    const previous: ConflictCaseSnapshot[] = []
    try {
      for (const { id, ...decision } of input.decisions) {
        const result = await service.resolveConflictCase(id, decision, {
          skipIfResolved: input.skip_if_resolved,
        })
        if (!result) continue
        const { conflict } = result
        previous.push(result.previous)
        resolved.push({
          id: conflict.id,
          order_id: conflict.order_id,
          kind: conflict.kind,
          seller_dealer_id: conflict.seller_dealer_id,
          zone_owner_dealer_id: conflict.zone_owner_dealer_id ?? null,
          resolution: conflict.resolution!,
          split_share_percent: exactOf(conflict, "split_share_percent"),
        })
      }
    } catch (error) {
      // This step's own compensation does not run when it fails: undo what it did.
      for (const snapshot of previous) await service.reopenConflictCase(snapshot)
      throw error
    }
    return new StepResponse(resolved, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
    for (const snapshot of previous) await service.reopenConflictCase(snapshot)
  }
)

/** A bigNumber field as its exact decimal string (the raw value), or null. */
function exactOf(record: Record<string, any>, field: string): string | null {
  const raw = record[`raw_${field}`]?.value
  const value = raw ?? record[field]
  return value === null || value === undefined ? null : String(value)
}
