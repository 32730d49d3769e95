import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { chargeEventShareStep } from "../steps/charge-event-share-step"
import { prepareEventRegistrationStep, RegisterForEventInput } from "../steps/prepare-event-registration-step"
import { recordEventSharePaidStep } from "../steps/record-event-share-paid-step"
import { reserveEventSeatsStep } from "../steps/reserve-event-seats-step"

export const registerForEventWorkflowId = "dealer-network-register-for-event"
export type { RegisterForEventInput }

/**
 * A dealer's seats at a published event of its audience, and its share of
 * their cost from its wallet in the same workflow: event credit first, then
 * money when its agreement allows it, split under the wallet's lock. The
 * seats are taken under a lock of the event (no overbooking); a share the
 * wallet does not cover undoes them.
 */
export const registerForEventWorkflow = createWorkflow(registerForEventWorkflowId, (input: RegisterForEventInput) => {
  const reservation = prepareEventRegistrationStep(input)
  const registration = reserveEventSeatsStep(reservation)
  const paid = chargeEventShareStep(
    transform({ reservation, registration }, ({ reservation, registration }) => ({
      id: registration.id,
      dealer_id: reservation.dealer_id,
      currency_code: reservation.currency_code,
      share_amount: reservation.share_amount,
      share_from_money: reservation.share_from_money,
    }))
  )
  recordEventSharePaidStep(paid)
  return new WorkflowResponse(registration)
})
