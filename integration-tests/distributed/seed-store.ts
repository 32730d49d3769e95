/**
 * `medusa exec integration-tests/distributed/seed-store.ts <out.json>`: the
 * store worker-mode.spec.ts checks out in (channel, key, region, warehouse,
 * shipping, products) and an admin session, written to <out.json>.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import fs from "fs"
import { createAdminHeaders } from "../helpers/auth"
import { seedWholesaleStore } from "../helpers/checkout"

export const PRODUCTS = [
  { handle: "drill-x18", title: "Cordless drill X18", price: 120, category: "Power tools" },
  { handle: "saw-c7", title: "Circular saw C7", price: 80.5, category: "Power tools" },
]

export default async function seedDistributedStore({ container, args }: ExecArgs) {
  const store = await seedWholesaleStore(container, PRODUCTS)
  const admin = await createAdminHeaders(container)
  fs.writeFileSync(args[0], JSON.stringify({ store, admin }))
}
