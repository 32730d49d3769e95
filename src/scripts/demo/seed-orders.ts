// The demo orders of the schedule (order-schedule.ts: three past months, this
// month so far, a few old invoices), placed the way a storefront checkout places them:
// Medusa's cart workflows (cart, shipping method, payment collection and
// session with the system provider, completion). Each order carries its demo
// key in its metadata, so a rerun places only the missing ones. Then every
// demo order is attributed to its dealer directly (attributeOrderWorkflow is
// idempotent), since the order.placed subscriber may not run inside `medusa exec`.
// Orders are placed oldest first and paid as they are placed when the schedule
// says so, as a dealer pays its invoices: so no credit limit is hit on the way.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEALER_NETWORK_MODULE } from "../../modules/dealer-network"
import type DealerNetworkModuleService from "../../modules/dealer-network/service"
import { SALES_PLAN_MODULE } from "../../modules/sales-plan"
import type SalesPlanModuleService from "../../modules/sales-plan/service"
import { attributeOrderWorkflow } from "../../workflows/sales-plan/workflows/attribute-order"
import { DEALERS, DEMO_ORDER_KEY, DemoShipTo, SHIPPING_OPTIONS } from "./demo-data"
import { ScheduledOrder, scheduleDemoOrders } from "./order-schedule"
import { payOrder } from "./seed-wholesale"

type Ctx = { region_id: string; sales_channel_id: string }

/** Places the missing demo orders of the day's schedule and attributes all of them; returns their ids. */
export async function seedOrders(container: MedusaContainer, ctx: Ctx, now: Date): Promise<string[]> {
  const timeZone = container.resolve<DealerNetworkModuleService>(DEALER_NETWORK_MODULE).getOptions().timeZone
  const ORDERS = scheduleDemoOrders(now, timeZone)
  const people = DEALERS.flatMap((d) => [d.buyer, d.owner])
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: people.map((p) => p.email), has_account: true }, { select: ["id", "email"], take: 1000 })
  const customerByEmail = new Map(customers.map((c) => [c.email, c.id]))

  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants(
      { sku: [...new Set(ORDERS.flatMap((o) => o.items.map((i) => i.sku)))] },
      { select: ["id", "sku"], take: 1000 }
    )
  const variantBySku = new Map(variants.map((v) => [v.sku!, v.id]))

  const options = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({ name: SHIPPING_OPTIONS.map((o) => o.name) }, { select: ["id", "name"] })
  const optionByCode = new Map(
    SHIPPING_OPTIONS.map((o) => [o.code, options.find((e) => e.name === o.name)?.id] as const)
  )

  const placed = await existingDemoOrders(container, [...customerByEmail.values()])
  // One checkout at a time, oldest first (paid as it goes): side by side, they
  // time out on the inventory's locks on a busy machine.
  for (const order of ORDERS) {
    if (!placed.has(order.key)) placed.set(order.key, await placeDemoOrder(order))
  }

  async function placeDemoOrder(order: ScheduledOrder): Promise<string> {
    const dealer = DEALERS.find((d) => d.code === order.dealer)!
    const person = order.by === "owner" ? dealer.owner : dealer.buyer
    const customerId = customerByEmail.get(person.email)
    if (!customerId) throw new Error(`Demo order ${order.key}: no customer ${person.email}`)
    const own: DemoShipTo = {
      company: dealer.legal_name,
      address_1: dealer.address_line,
      city: dealer.city,
      postal_code: dealer.postal_code,
      province: dealer.province,
      country_code: dealer.country_code,
    }
    const orderId = await placeOrder(container, ctx, order, {
      customer_id: customerId,
      email: person.email,
      person,
      ship_to: order.ship_to ?? own,
      bill_to: own,
      items: order.items.map((i) => {
        const variantId = variantBySku.get(i.sku)
        if (!variantId) throw new Error(`Demo order ${order.key}: no variant ${i.sku}`)
        return { variant_id: variantId, quantity: i.quantity }
      }),
      shipping_option_id: optionByCode.get(order.shipping)!,
    })
    await backdateOrder(container, orderId, order.placed_at)
    if (order.paid) await payOrder(container, orderId, order.paid)
    return orderId
  }

  const subscriberWait = { ms: SUBSCRIBER_WAIT_MS }
  const ids = ORDERS.map((o) => placed.get(o.key)!).filter(Boolean)
  for (const order of ORDERS) {
    const id = placed.get(order.key)
    if (!id) continue
    // Again for orders an interrupted earlier seed placed but did not date back.
    await backdateOrder(container, id, order.placed_at)
    await dropEntriesOfPlacementTime(container, id, order.placed_at, subscriberWait)
    await attributeOrderWorkflow(container).run({ input: { order_id: id } })
  }
  return ids
}

const SUBSCRIBER_WAIT_MS = 2_000

/**
 * Where the app runs subscribers (the tests), order.placed may credit the
 * order before it is dated back, at the moment it was placed. Waits briefly for
 * that entry and removes it (a fixture of the seed, not a ledger correction),
 * so the attribution below credits the order when it is dated. Once no entry
 * shows up (no subscribers in this process), the next orders are not waited for.
 */
async function dropEntriesOfPlacementTime(
  container: MedusaContainer,
  orderId: string,
  placedAt: Date,
  wait: { ms: number }
) {
  const ledger = container.resolve<SalesPlanModuleService>(SALES_PLAN_MODULE)
  const deadline = Date.now() + wait.ms
  do {
    const entries = await ledger.listDealerContributions({ order_id: orderId }, { select: ["id", "occurred_at"] })
    if (entries.length) {
      const misplaced = entries.filter((entry) => new Date(entry.occurred_at).getTime() !== placedAt.getTime())
      if (misplaced.length) await ledger.deleteDealerContributions(misplaced.map((entry) => entry.id))
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  } while (Date.now() < deadline)
  wait.ms = 0
}

/** Dates an order back (before it is attributed, so its sale counts in that month). */
async function backdateOrder(container: MedusaContainer, orderId: string, placedAt: Date) {
  await container
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`update "order" set created_at = ? where id = ?`, [placedAt, orderId])
}

/** Demo key → order id of the demo orders already placed by these customers. */
async function existingDemoOrders(container: MedusaContainer, customerIds: string[]) {
  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ customer_id: customerIds }, { select: ["id", "metadata"], take: 10_000 })
  const found = new Map<string, string>()
  for (const order of orders) {
    const key = order.metadata?.[DEMO_ORDER_KEY]
    if (typeof key === "string") found.set(key, order.id)
  }
  return found
}

async function placeOrder(
  container: MedusaContainer,
  ctx: Ctx,
  order: ScheduledOrder,
  input: {
    customer_id: string
    email: string
    person: { first_name: string; last_name: string; phone: string }
    ship_to: DemoShipTo
    bill_to: DemoShipTo
    items: { variant_id: string; quantity: number }[]
    shipping_option_id: string
  }
): Promise<string> {
  const address = (a: DemoShipTo) => ({
    first_name: input.person.first_name,
    last_name: input.person.last_name,
    phone: input.person.phone,
    ...a,
  })
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: ctx.region_id,
      sales_channel_id: ctx.sales_channel_id,
      customer_id: input.customer_id,
      email: input.email,
      items: input.items,
      shipping_address: address(input.ship_to),
      billing_address: address(input.bill_to),
      metadata: { [DEMO_ORDER_KEY]: order.key },
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: input.shipping_option_id }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [withCollection],
  }: { data: any[] } = await query.graph({
    entity: "cart",
    fields: ["id", "payment_collection.id"],
    filters: { id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: withCollection.payment_collection.id, provider_id: "pp_system_default" },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return result.id
}
