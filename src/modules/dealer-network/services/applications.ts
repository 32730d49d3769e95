import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type DealerNetworkModuleService from "../service"
import { execute } from "./sql"

export type ApplicationDecision = { status: "approved" | "rejected" | "pending"; review_note?: string | null }

/**
 * Records the admin's decision on a pending application. The row lock makes
 * two simultaneous decisions on one application end with exactly one winner.
 */
export async function decideApplication(
  service: DealerNetworkModuleService,
  id: string,
  decision: ApplicationDecision,
  sharedContext: Context
) {
  const [locked] = await execute(
    sharedContext,
    "select status from dealer_application where id = ? and deleted_at is null for update",
    [id]
  )
  if (!locked) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer application with id: ${id} was not found`)
  }
  const reopening = decision.status === "pending"
  if (!reopening && locked.status !== "pending") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Dealer application ${id} is already ${locked.status}`
    )
  }
  return await service.updateDealerApplications(
    {
      id,
      status: decision.status,
      review_note: decision.review_note ?? null,
      reviewed_at: reopening ? null : new Date(),
    },
    sharedContext
  )
}
