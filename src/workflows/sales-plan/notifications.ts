import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"

export const DEVIATION_ALERT_TEMPLATE = "dealer-network.deviation-alert"
export const TIER_CHANGE_TEMPLATE = "dealer-network.tier-change"

export type DealerContact = { id: string; code: string; name: string; owner_emails: string[] }

/** Code, name and the e-mail addresses of the owner members of each dealer. */
export async function dealerContacts(
  container: MedusaContainer,
  dealerIds: string[]
): Promise<Map<string, DealerContact>> {
  const ids = [...new Set(dealerIds)]
  if (!ids.length) return new Map()
  const network: DealerNetworkModuleService = container.resolve(DEALER_NETWORK_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [dealers, owners] = await Promise.all([
    network.listDealers({ id: ids }, { select: ["id", "code", "name"] }),
    network.listDealerMembers({ dealer_id: ids, role: "owner" }, { select: ["id", "customer_id", "dealer_id"] }),
  ])
  const customerIds = [...new Set(owners.map((owner) => owner.customer_id))]
  const { data: customers } = customerIds.length
    ? await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerIds } })
    : { data: [] as { id: string; email: string | null }[] }
  const emailOf = new Map(customers.map((customer: { id: string; email: string | null }) => [customer.id, customer.email]))
  return new Map(
    dealers.map((dealer) => [
      dealer.id,
      {
        id: dealer.id,
        code: dealer.code,
        name: dealer.name,
        owner_emails: owners
          .filter((owner) => owner.dealer_id === dealer.id)
          .map((owner) => emailOf.get(owner.customer_id))
          .filter((email): email is string => Boolean(email)),
      },
    ])
  )
}

/**
 * Sends notifications through Medusa's Notification module, one at a time so
 * that a channel without a provider (say, no e-mail provider) costs only its
 * own notifications. Never throws: a host app without the module, or with a
 * failing provider, gets a log line instead of a failed job. Each notification
 * carries an idempotency key, so a rerun does not send it twice.
 */
export async function sendNotifications(
  container: MedusaContainer,
  notifications: CreateNotificationDTO[]
): Promise<{ sent: number; failed: number; skipped: number }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!notifications.length) return { sent: 0, failed: 0, skipped: 0 }
  if (!container.hasRegistration(Modules.NOTIFICATION)) {
    logger.warn(
      `dealer-network: no Notification module is registered; ${notifications.length} notification(s) not sent (${[
        ...new Set(notifications.map((n) => n.template)),
      ].join(", ")})`
    )
    return { sent: 0, failed: 0, skipped: notifications.length }
  }
  const service = container.resolve(Modules.NOTIFICATION)
  let sent = 0
  let failed = 0
  for (const notification of notifications) {
    try {
      await service.createNotifications(notification)
      sent++
    } catch (error) {
      failed++
      logger.warn(
        `dealer-network: could not send ${notification.template} on channel ${notification.channel} to '${notification.to}': ${
          (error as Error).message
        }`
      )
    }
  }
  return { sent, failed, skipped: 0 }
}

/**
 * The admin copy of a notification (the admin feed, and e-mail when
 * `alertEmail` is set) and one e-mail per owner of the dealer.
 */
export function recipientsOf(
  contact: DealerContact | undefined,
  alertEmail: string | undefined
): { to: string; channel: "feed" | "email"; audience: "admin" | "dealer" }[] {
  return [
    { to: "", channel: "feed" as const, audience: "admin" as const },
    ...(alertEmail ? [{ to: alertEmail, channel: "email" as const, audience: "admin" as const }] : []),
    ...(contact?.owner_emails ?? []).map((to) => ({ to, channel: "email" as const, audience: "dealer" as const })),
  ]
}
