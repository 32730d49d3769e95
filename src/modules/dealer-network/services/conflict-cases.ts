import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { exactAmount } from "../../../lib/amounts"
import { isValidShare } from "../../../lib/conflicts"
import type {
  ConflictCaseSnapshot,
  ConflictDecision,
  OpenConflictCaseInput,
} from "../conflict-types"
import type DealerNetworkModuleService from "../service"
import { execute, lock } from "./sql"
import { SPLIT_SHARE_NEEDED, noZoneOwner } from "../../../lib/refusals"

/**
 * Opens the order's conflict cases once: a kind the order already has a case
 * of (open or resolved) is returned as it is (`created: false`). The advisory
 * lock on the order serialises concurrent deliveries of the same event.
 */
export async function openConflictCases(
  service: DealerNetworkModuleService,
  orderId: string,
  cases: OpenConflictCaseInput[],
  sharedContext: Context
) {
  await lock(sharedContext, `dealer_conflict_case:${orderId}`)
  const existing = await service.listDealerConflictCases({ order_id: orderId }, {}, sharedContext)
  const opened: { conflict: (typeof existing)[number]; created: boolean }[] = []
  for (const input of cases) {
    const found = existing.find((conflict) => conflict.kind === input.kind)
    if (found) {
      opened.push({ conflict: found, created: false })
      continue
    }
    const conflict = await service.createDealerConflictCases(
      {
        ...input,
        order_id: orderId,
        status: "open",
        amount: exactAmount(input.amount),
        split_share_percent: input.split_share_percent == null ? null : exactAmount(input.split_share_percent),
      },
      sharedContext
    )
    opened.push({ conflict, created: true })
  }
  return opened
}

/**
 * Closes an open case with a resolution. The row lock makes two simultaneous
 * resolutions end with one winner; the other is refused, or skipped (null)
 * with `skipIfResolved`, as an automatic resolution racing another is.
 */
export async function resolveConflictCase(
  service: DealerNetworkModuleService,
  id: string,
  decision: ConflictDecision,
  options: { skipIfResolved?: boolean },
  sharedContext: Context
) {
  const [locked] = await execute(
    sharedContext,
    `select id, kind, status, resolution, zone_owner_dealer_id, note,
            split_share_percent::text as split_share_percent
       from dealer_conflict_case where id = ? and deleted_at is null for update`,
    [id]
  )
  if (!locked) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Conflict case with id: ${id} was not found`)
  }
  if (locked.status !== "open") {
    if (options.skipIfResolved) return null
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Conflict case ${id} is already ${locked.status} (${locked.resolution}); only an open case can be resolved`
    )
  }
  if (decision.resolution !== "keep_seller" && !locked.zone_owner_dealer_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      noZoneOwner(id, locked.kind)
    )
  }
  let share: string | null = locked.split_share_percent
  if (decision.resolution === "split") {
    share = decision.split_share_percent == null ? share : String(decision.split_share_percent)
    if (!isValidShare(share)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        SPLIT_SHARE_NEEDED
      )
    }
  }
  const conflict = await service.updateDealerConflictCases(
    {
      id,
      status: "resolved",
      resolution: decision.resolution,
      split_share_percent: share === null ? null : exactAmount(share),
      resolved_by: decision.resolved_by,
      resolved_at: new Date(),
      note: decision.note ?? locked.note,
    },
    sharedContext
  )
  const previous: ConflictCaseSnapshot = {
    id,
    split_share_percent: locked.split_share_percent,
    note: locked.note,
  }
  return { conflict, previous }
}

/** Puts a resolved case back to open, as it was before its resolution. */
export async function reopenConflictCase(
  service: DealerNetworkModuleService,
  previous: ConflictCaseSnapshot,
  sharedContext: Context
) {
  return await service.updateDealerConflictCases(
    {
      id: previous.id,
      status: "open",
      resolution: null,
      resolved_by: null,
      resolved_at: null,
      note: previous.note,
      split_share_percent:
        previous.split_share_percent === null ? null : exactAmount(previous.split_share_percent),
    },
    sharedContext
  )
}
