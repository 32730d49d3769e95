import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { chargeEventShareStep } from "../steps/charge-event-share-step"
import { prepareEventRegistrationStep, RegisterForEventInput } from "../steps/prepare-event-registration-step"
import { reserveEventSeatsStep } from "../steps/reserve-event-seats-step"

export const registerForEventWorkflowId = "dealer-network-register-for-event"
export type { RegisterForEventInput }

/**
 * A dealer's seats at a published event of its audience, and its share of
 * their cost from its wallet in the same workflow: event credit first, then
 * money when its agreement allows it. The seats are taken under a lock of the
 * event (no overbooking); a share the wallet does not cover undoes them.
 */
export const registerForEventWorkflow = createWorkflow(registerForEventWorkflowId, (input: RegisterForEventInput) => {
  const reservation = prepareEventRegistrationStep(input)
  const registration = reserveEventSeatsStep(reservation)
  chargeEventShareStep(
    transform({ reservation, registration }, ({ reservation, registration }) => ({
      id: registration.id,
      dealer_id: reservation.dealer_id,
      currency_code: reservation.currency_code,
      paid_event_credit: reservation.paid_event_credit,
      paid_money: reservation.paid_money,
    }))
  )
  return new WorkflowResponse(registration)
})
