import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyTierChangesStep } from "../steps/apply-tier-changes-step"
import { AlertToNotify, notifyDeviationAlertsStep } from "../steps/notify-deviation-alerts-step"
import { notifyTierChangesStep, TierChangeToNotify } from "../steps/notify-tier-changes-step"
import { prepareTierReviewStep } from "../steps/prepare-tier-review-step"
import { recordDeviationAlertsStep } from "../steps/record-deviation-alerts-step"
import { syncDealerPriceListsStep } from "../../wholesale/steps/sync-dealer-price-lists-step"

export const reviewTiersWorkflowId = "dealer-network-review-tiers"

export type ReviewTiersWorkflowInput = {
  /** The month to review ("YYYY-MM"); the previous month in the plugin's time zone when left out. */
  period?: string
}

const LOCK_KEY = "dealer-network-review-tiers"

/**
 * The monthly tier review: each dealer (not terminated, not pinned) moves to
 * the highest tier whose threshold its trailing turnover over that tier's
 * window reaches, each change goes to the tier history and to the dealer's
 * owners; and each agreement in force with a monthly or annual volume
 * commitment the turnover falls short of raises a volume_commitment alert
 * (one per dealer and day; a rerun refreshes it, a dealer who caught up has
 * it cleared).
 */
export const reviewTiersWorkflow = createWorkflow(reviewTiersWorkflowId, (input: ReviewTiersWorkflowInput) => {
  acquireLockStep({ key: LOCK_KEY, timeout: 60, ttl: 600 })
  const review = prepareTierReviewStep(input)
  const plannedChanges = transform({ review }, ({ review }) => review.changes)
  const changes = applyTierChangesStep(plannedChanges)
  // A tier's discount is part of the dealer's prices.
  syncDealerPriceListsStep(
    transform({ changes }, ({ changes }) => ({ dealer_ids: (changes as { dealer_id: string }[]).map((c) => c.dealer_id) }))
  )
  const alertInput = transform({ review }, ({ review }) => ({
    period_key: review.period,
    alert_date: review.as_of,
    kinds: ["volume_commitment" as const],
    flagged: review.volume_flags,
  }))
  const alerts = recordDeviationAlertsStep(alertInput)
  const changesToNotify = transform({ changes }, ({ changes }) => changes as unknown as TierChangeToNotify[])
  const alertsToNotify = transform({ alerts }, ({ alerts }) => alerts.created as unknown as AlertToNotify[])
  const tierNotifications = notifyTierChangesStep(changesToNotify)
  const alertNotifications = notifyDeviationAlertsStep(alertsToNotify).config({
    name: "dealer-network-notify-volume-alerts",
  })
  releaseLockStep({ key: LOCK_KEY })
  const result = transform(
    { review, changes, alerts, tierNotifications, alertNotifications },
    ({ review, changes, alerts, tierNotifications, alertNotifications }) => ({
      period: review.period,
      as_of: review.as_of,
      reviewed: review.reviewed,
      changes,
      alerts: alerts.created,
      cleared: alerts.cleared,
      refreshed: alerts.refreshed,
      reopened: alerts.reopened,
      notifications: {
        sent: tierNotifications.sent + alertNotifications.sent,
        failed: tierNotifications.failed + alertNotifications.failed,
        skipped: tierNotifications.skipped + alertNotifications.skipped,
      },
    })
  )
  return new WorkflowResponse(result)
})
